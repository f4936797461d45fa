import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-hours.ts';
import { coverageGaps, onDuty, quantile } from './coverage.ts';

const at = (iso: string) => Date.parse(iso);
const nineToFive: BusinessCalendar = {
  timezone: 'UTC',
  weekly: { 1: [{ start: '09:00', end: '17:00' }] },
  holidays: [],
  exceptions: [],
};

describe('rota coverage', () => {
  it('finds business hours nobody covers, and who is on duty', () => {
    const shifts = [
      { userId: 'ana', start: at('2026-11-23T08:00:00Z'), end: at('2026-11-23T12:00:00Z') },
      { userId: 'ben', start: at('2026-11-23T13:00:00Z'), end: at('2026-11-23T16:00:00Z') },
    ];
    const gaps = coverageGaps(nineToFive, shifts, at('2026-11-23T00:00:00Z'), at('2026-11-24T00:00:00Z'));
    expect(gaps.map((gap) => [new Date(gap.start).toISOString(), new Date(gap.end).toISOString()])).toEqual([
      ['2026-11-23T12:00:00.000Z', '2026-11-23T13:00:00.000Z'],
      ['2026-11-23T16:00:00.000Z', '2026-11-23T17:00:00.000Z'],
    ]);
    expect(onDuty(shifts, at('2026-11-23T09:00:00Z'))).toEqual(['ana']);
    expect(onDuty(shifts, at('2026-11-23T12:30:00Z'))).toEqual([]);
  });
});

describe('quantiles', () => {
  it('interpolate between ranks and say nothing without data', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(quantile([], 0.9)).toBeNull();
  });
});
