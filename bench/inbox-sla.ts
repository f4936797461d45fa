import { seededRandom } from '../src/modules/forum/index.ts';
import {
  slaClocks,
  slaPlan,
  type BusinessCalendar,
  type ClockEvent,
  type SlaPolicyShape,
} from '../src/modules/sla/index.ts';
import { emit, log, round, type DbKind } from './output.ts';

/** An office in Berlin: two stretches a weekday with a lunch break, public holidays, short days at year end. */
export const officeCalendar: BusinessCalendar = {
  timezone: 'Europe/Berlin',
  weekly: Object.fromEntries(
    [1, 2, 3, 4, 5].map((day) => [
      day,
      [
        { start: '09:00', end: '12:30' },
        { start: '13:30', end: '17:30' },
      ],
    ]),
  ),
  holidays: [
    '2025-01-01',
    '2025-03-08',
    '2025-04-18',
    '2025-04-21',
    '2025-05-01',
    '2025-05-29',
    '2025-06-09',
    '2025-10-03',
    '2025-12-25',
    '2025-12-26',
    '2026-01-01',
  ],
  exceptions: [
    { date: '2025-12-24', intervals: [{ start: '09:00', end: '12:00' }] },
    { date: '2025-12-31', intervals: [{ start: '09:00', end: '12:00' }] },
  ],
};

/** 4 business hours to answer, 8 to answer again, 3 business days to resolve. */
export const officePolicy: SlaPolicyShape = {
  firstResponseMinutes: 240,
  nextResponseMinutes: 480,
  resolutionMinutes: 3 * 450,
  warnBeforeMinutes: [60, 15],
  escalation: [
    { afterMinutes: 60, action: 'notify_lead' },
    { afterMinutes: 240, action: 'reassign' },
  ],
};

interface Sample {
  events: ClockEvent[];
  now: number;
  running: boolean;
}

const hourMs = 3_600_000;

/**
 * Conversations as the inbox stores them: opened any time of 2025 (nights, weekends, holidays and
 * both DST changes included), up to three rounds of agent reply (then pending) and member answer,
 * half of them resolved, a few snoozed, looked at some hours after their last event.
 */
export function sampleConversations(count: number, seed = 20_250_101): Sample[] {
  const random = seededRandom(seed);
  const wait = (meanHours: number) => -Math.log(1 - random()) * meanHours * hourMs;
  const yearStart = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, () => {
    let at = yearStart + random() * 365 * 24 * hourMs;
    const events: ClockEvent[] = [
      { type: 'created', at },
      { type: 'member_message', at },
    ];
    let status: 'open' | 'pending' | 'snoozed' | 'resolved' = 'open';
    for (let round = Math.floor(random() * 4); round > 0; round -= 1) {
      at += wait(6);
      events.push({ type: 'agent_reply', at }, { type: 'status', at, status: 'pending' });
      status = 'pending';
      if (random() < 0.3) break;
      at += wait(20);
      events.push({ type: 'member_message', at }, { type: 'status', at, status: 'open' });
      status = 'open';
    }
    const end = random();
    if (end < 0.5) status = 'resolved';
    else if (end < 0.6) status = 'snoozed';
    if (status === 'resolved' || status === 'snoozed')
      events.push({ type: 'status', at: (at += hourMs), status });
    return { events, now: at + wait(12), running: status === 'open' || status === 'snoozed' };
  });
}

interface Rate {
  perS: number;
  n: number;
  /** Due times worked out per second (what `work` returns, summed). */
  dueTimesPerS: number;
}

/**
 * Calls per second of `work`, round-robin over the samples for ~2 s after a short warm-up (JIT).
 * The clock is read once per batch, sized so that a batch takes about a millisecond.
 */
function perSecond(samples: Sample[], work: (sample: Sample) => number, seconds = 2): Rate {
  let n = 0;
  let due = 0;
  let batch = 1;
  const run = (until: number) => {
    while (performance.now() < until) {
      const began = performance.now();
      for (let i = 0; i < batch; i += 1, n += 1) due += work(samples[n % samples.length] as Sample);
      if (performance.now() - began < 1) batch *= 2;
    }
  };
  run(performance.now() + 300);
  [n, due] = [0, 0];
  const started = performance.now();
  run(started + seconds * 1000);
  const elapsed = (performance.now() - started) / 1000;
  return { perS: n / elapsed, n, dueTimesPerS: due / elapsed };
}

const dueCount = (clocks: { dueAt: number | null }[]) =>
  clocks.filter((clock) => clock.dueAt !== null).length;

const goalPerS = 100_000;

/** `hearth bench inbox`, part 4: the pure SLA maths per conversation, next to bare Date arithmetic. */
export function benchSla(db: DbKind): void {
  log('SLA: slaPlan and slaClocks over 5,000 conversations on an office calendar…');
  const samples = sampleConversations(5000);
  // The least a due time can cost: created + target as a Date, compared with now.
  const baseline = perSecond(samples, (s) =>
    new Date((s.events[0]?.at ?? 0) + 240 * 60_000).getTime() < s.now ? 1 : 0,
  );
  const plan = (calendar: BusinessCalendar | null) => (s: Sample) =>
    dueCount(slaPlan(s.events, officePolicy, calendar, s.now, s.running).clocks);
  const figures = [
    { bench: 'inbox.sla_plan', work: plan(officeCalendar) },
    {
      bench: 'inbox.sla_due_times',
      work: (s: Sample) => dueCount(slaClocks(s.events, officePolicy, officeCalendar, s.now)),
    },
  ];
  const aroundTheClock = perSecond(samples, plan(null));
  for (const figure of figures) {
    const result = perSecond(samples, figure.work);
    emit({
      bench: figure.bench,
      metric: 'conversations_per_s',
      value: round(result.perS, 0),
      db,
      baseline: 'date_arithmetic_loop',
      baseline_value: round(baseline.perS, 0),
      n: result.n,
      // The ratio is tiny next to bare Date arithmetic: the same in readable units and 3 significant digits.
      ratio_exact: Number((result.perS / baseline.perS).toPrecision(3)),
      us_per_conversation: round(1e6 / result.perS, 2),
      baseline_ns_per_conversation: round(1e9 / baseline.perS, 1),
      due_times_per_s: round(result.dueTimesPerS, 0),
      goal_per_s: goalPerS,
      goal_met: result.perS >= goalPerS,
      ...(figure.bench === 'inbox.sla_plan' ? { around_the_clock_per_s: round(aroundTheClock.perS, 0) } : {}),
      note:
        `${figure.bench === 'inbox.sla_plan' ? 'slaPlan (clocks, warnings, breach, escalation moments)' : 'slaClocks (due-times.ts)'} ` +
        'per conversation, pure, one thread: 5,000 seeded conversations of 2025 (0-3 reply rounds with pending, ' +
        'half resolved), Europe/Berlin Mon-Fri 09:00-12:30 + 13:30-17:30, 11 holidays, 2 short days; policy ' +
        '240/480/1350 business minutes, warnings 60 and 15, two escalation steps. Baseline: created + 240 min as a ' +
        'Date compared with now, per conversation.',
    });
  }
}
