import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './business-hours.ts';
import { slaClocks, type ClockEvent, type Metric, type SlaTargets } from './due-times.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());
const minute = 60_000;

const targets: SlaTargets = {
  firstResponseMinutes: 60,
  nextResponseMinutes: 120,
  resolutionMinutes: 8 * 60,
  warnBeforeMinutes: [15, 5],
};
const nineToFive: BusinessCalendar = {
  timezone: 'UTC',
  weekly: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  holidays: [],
  exceptions: [],
};
const clock = (
  events: ClockEvent[],
  now: string,
  metric: Metric,
  calendar: BusinessCalendar | null = nineToFive,
) => slaClocks(events, targets, calendar, at(now)).find((c) => c.metric === metric);

// Monday 23 November 2026, 16:30 UTC: half an hour before closing.
const created: ClockEvent = { type: 'created', at: at('2026-11-23T16:30:00Z') };

describe('SLA clocks', () => {
  it('run the first response in business hours, warn ahead and breach once the target passes', () => {
    const first = clock([created], '2026-11-23T16:45:00Z', 'first_response');
    expect(iso(first?.dueAt)).toBe('2026-11-24T09:30:00.000Z');
    expect(first?.warnings.map((w) => [w.beforeMinutes, iso(w.at)])).toEqual([
      [15, '2026-11-24T09:15:00.000Z'],
      [5, '2026-11-24T09:25:00.000Z'],
    ]);
    expect(first?.remainingMs).toBe(45 * minute);
    expect(first?.breached).toBe(false);
    // Overnight does not count; the next morning at 09:31 it is breached.
    expect(clock([created], '2026-11-24T09:31:00Z', 'first_response')).toMatchObject({
      breached: true,
      remainingMs: -minute,
    });
  });

  it('ignore automated replies and stop at the first human one', () => {
    const events: ClockEvent[] = [
      created,
      { type: 'agent_reply', at: at('2026-11-23T16:31:00Z'), automated: true },
      { type: 'agent_reply', at: at('2026-11-24T09:20:00Z') },
    ];
    expect(clock(events, '2026-11-25T12:00:00Z', 'first_response')).toMatchObject({
      metAt: at('2026-11-24T09:20:00Z'),
      breached: false,
      remainingMs: null,
    });
  });

  it('start a next-response clock when the member writes after the last reply', () => {
    const events: ClockEvent[] = [
      created,
      { type: 'agent_reply', at: at('2026-11-23T16:40:00Z') },
      { type: 'member_message', at: at('2026-11-24T10:00:00Z') },
    ];
    expect(iso(clock(events, '2026-11-24T10:00:00Z', 'next_response')?.dueAt)).toBe(
      '2026-11-24T12:00:00.000Z',
    );
    const answered = [...events, { type: 'agent_reply' as const, at: at('2026-11-24T11:00:00Z') }];
    expect(clock(answered, '2026-11-24T13:00:00Z', 'next_response')).toBeUndefined();
  });

  it('pause the resolution clock while pending and continue it when the member answers', () => {
    const events: ClockEvent[] = [
      { type: 'created', at: at('2026-11-23T09:00:00Z') },
      { type: 'agent_reply', at: at('2026-11-23T10:00:00Z') },
      { type: 'status', at: at('2026-11-23T10:00:00Z'), status: 'pending' },
      { type: 'member_message', at: at('2026-11-24T10:00:00Z') },
    ];
    // 1 business hour used on Monday, the rest (7 h) from Tuesday 10:00 → Tuesday 17:00.
    expect(iso(clock(events, '2026-11-24T10:00:00Z', 'resolution', nineToFive)?.dueAt)).toBe(
      '2026-11-24T17:00:00.000Z',
    );
    // While still pending, the due time keeps moving with the clock.
    const waiting = events.slice(0, 3);
    expect(iso(clock(waiting, '2026-11-23T15:00:00Z', 'resolution', null)?.dueAt)).toBe(
      '2026-11-23T22:00:00.000Z',
    );
  });

  it('count a reopened conversation from where it stopped, not from zero and not the quiet days', () => {
    const events: ClockEvent[] = [
      { type: 'created', at: at('2026-11-23T09:00:00Z') },
      { type: 'agent_reply', at: at('2026-11-23T09:30:00Z') },
      { type: 'status', at: at('2026-11-23T11:00:00Z'), status: 'resolved' },
    ];
    expect(clock(events, '2026-11-25T09:00:00Z', 'resolution')).toMatchObject({
      metAt: at('2026-11-23T11:00:00Z'),
      breached: false,
    });
    const reopened = [...events, { type: 'member_message' as const, at: at('2026-11-25T09:00:00Z') }];
    const resolution = clock(reopened, '2026-11-25T10:00:00Z', 'resolution');
    expect(resolution).toMatchObject({ metAt: null, remainingMs: 5 * 60 * minute });
    expect(iso(resolution?.dueAt)).toBe('2026-11-25T15:00:00.000Z');
  });
});
