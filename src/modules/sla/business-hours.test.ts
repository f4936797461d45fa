import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMsBetween,
  isOpen,
  nextOpening,
  openSpans,
  type BusinessCalendar,
} from './business-hours.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const hour = 3_600_000;

const splitShift = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];
/** Berlin office: weekdays with a lunch break; 23 November 2026 is a Monday (UTC+1 in winter). */
const berlin: BusinessCalendar = {
  timezone: 'Europe/Berlin',
  weekly: { 1: splitShift, 2: splitShift, 3: splitShift, 4: splitShift, 5: splitShift },
  holidays: ['2026-12-25'],
  exceptions: [{ date: '2026-12-24', intervals: [{ start: '10:00', end: '11:00' }] }],
};

describe('business hours', () => {
  it('skip the lunch break between two intervals of one day', () => {
    // Monday 11:30 Berlin = 10:30Z; 30 minutes before lunch, 30 after.
    expect(iso(addBusinessMinutes(berlin, at('2026-11-23T10:30:00Z'), 60))).toBe('2026-11-23T12:30:00.000Z');
    expect(businessMsBetween(berlin, at('2026-11-23T10:30:00Z'), at('2026-11-23T12:30:00Z'))).toBe(hour);
  });

  it('carry over the night and the weekend', () => {
    // Friday 16:30 Berlin + 60 min → Monday 09:30 Berlin.
    expect(iso(addBusinessMinutes(berlin, at('2026-11-27T15:30:00Z'), 60))).toBe('2026-11-30T08:30:00.000Z');
    // Asked on Saturday: the clock starts on Monday.
    expect(iso(nextOpening(berlin, at('2026-11-28T12:00:00Z')))).toBe('2026-11-30T08:00:00.000Z');
  });

  it('close on holidays and use dated exceptions', () => {
    // 24 Dec: 10–11 only; 25 Dec: holiday; 26–27: weekend; so 90 minutes from 24 Dec 10:00 end on 28 Dec 09:30.
    expect(iso(addBusinessMinutes(berlin, at('2026-12-24T09:00:00Z'), 90))).toBe('2026-12-28T08:30:00.000Z');
    expect(isOpen(berlin, at('2026-12-25T10:00:00Z'))).toBe(false);
    expect(isOpen(berlin, at('2026-12-24T09:30:00Z'))).toBe(true);
  });

  it('follow an overnight shift into the next day, counting it for the day it starts', () => {
    const nights: BusinessCalendar = {
      timezone: 'UTC',
      weekly: { 5: [{ start: '22:00', end: '06:00' }] },
      holidays: ['2026-11-28'],
      exceptions: [],
    };
    // Friday 22:00 → Saturday 06:00, although Saturday is a holiday: the shift belongs to Friday.
    expect(isOpen(nights, at('2026-11-28T05:00:00Z'))).toBe(true);
    expect(iso(addBusinessMinutes(nights, at('2026-11-27T21:00:00Z'), 8 * 60))).toBe(
      '2026-11-28T06:00:00.000Z',
    );
    expect(iso(addBusinessMinutes(nights, at('2026-11-28T05:00:00Z'), 120))).toBe('2026-12-04T23:00:00.000Z');
  });

  it('count real hours across daylight-saving changes', () => {
    const earlySunday: BusinessCalendar = {
      timezone: 'Europe/Berlin',
      weekly: { 7: [{ start: '00:00', end: '06:00' }] },
      holidays: [],
      exceptions: [],
    };
    // 29 March 2026: clocks jump from 02:00 to 03:00, so 00:00–06:00 lasts 5 hours.
    expect(businessMsBetween(earlySunday, at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'))).toBe(
      5 * hour,
    );
    // 25 October 2026: clocks go back from 03:00 to 02:00, so it lasts 7 hours.
    expect(businessMsBetween(earlySunday, at('2026-10-24T00:00:00Z'), at('2026-10-26T00:00:00Z'))).toBe(
      7 * hour,
    );
    // 00:00 local is 23:00Z the day before (winter) and 22:00Z (summer).
    expect(iso(addBusinessMinutes(earlySunday, at('2026-03-28T12:00:00Z'), 60))).toBe(
      '2026-03-29T00:00:00.000Z',
    );
  });

  it('pause while the team waits for the member, and resume after', () => {
    const pause = { start: at('2026-11-23T09:00:00Z'), end: at('2026-11-24T09:00:00Z') };
    // Monday 09:00 Berlin (08:00Z) + 2h, paused from 10:00 Berlin to Tuesday 10:00 Berlin.
    expect(iso(addBusinessMinutes(berlin, at('2026-11-23T08:00:00Z'), 120, [pause]))).toBe(
      '2026-11-24T10:00:00.000Z',
    );
    expect(businessMsBetween(berlin, at('2026-11-23T08:00:00Z'), at('2026-11-24T10:00:00Z'), [pause])).toBe(
      2 * hour,
    );
  });

  it('run around the clock without a calendar, pauses included', () => {
    const start = at('2026-11-23T10:00:00Z');
    expect(iso(addBusinessMinutes(null, start, 90))).toBe('2026-11-23T11:30:00.000Z');
    const pause = { start: at('2026-11-23T10:30:00Z'), end: at('2026-11-23T12:00:00Z') };
    expect(iso(addBusinessMinutes(null, start, 90, [pause]))).toBe('2026-11-23T13:00:00.000Z');
    expect(businessMsBetween(null, start, at('2026-11-23T13:00:00Z'), [pause])).toBe(90 * 60_000);
  });

  it('say so when a calendar never opens, and refuse unknown time zones and times', () => {
    const closed: BusinessCalendar = { timezone: 'UTC', weekly: {}, holidays: [], exceptions: [] };
    expect(addBusinessMinutes(closed, at('2026-11-23T10:00:00Z'), 1)).toBeNull();
    expect(nextOpening(closed, at('2026-11-23T10:00:00Z'))).toBeNull();
    expect(() => isOpen({ ...closed, timezone: 'Mars/Olympus' }, 0)).toThrow(/time zone/);
    const bad = { ...closed, weekly: { 1: [{ start: '25:00', end: '26:00' }] } };
    expect(() => isOpen(bad, at('2026-11-23T10:00:00Z'))).toThrow(/time of day/);
  });
});

describe('opening hours kept per year', () => {
  it('joins a night shift across New Year into one span, and answers the same from the cache', () => {
    const night: BusinessCalendar = {
      timezone: 'UTC',
      weekly: { 4: [{ start: '22:00', end: '02:00' }] },
      holidays: [],
      exceptions: [],
    };
    // Thursday 31 December 2026, 22:00, until Friday 1 January 2027, 02:00.
    const from = Date.UTC(2026, 11, 31, 21);
    const to = Date.UTC(2027, 0, 1, 3);
    const expected = [{ start: Date.UTC(2026, 11, 31, 22), end: Date.UTC(2027, 0, 1, 2) }];
    expect(openSpans(night, from, to)).toEqual(expected);
    expect(openSpans({ ...night }, from, to)).toEqual(expected);
    // A changed calendar is a different key: its own hours, not the cached ones.
    expect(openSpans({ ...night, holidays: ['2026-12-31'] }, from, to)).toEqual([]);
  });
});
