import { addBusinessMinutes, businessMsBetween, type BusinessCalendar, type Span } from './business-hours.ts';

/** What happened in a conversation, as the SLA clock sees it. Automated replies do not count. */
export type ClockEvent =
  | { type: 'created'; at: number }
  | { type: 'member_message'; at: number }
  | { type: 'agent_reply'; at: number; automated?: boolean }
  | { type: 'status'; at: number; status: 'open' | 'pending' | 'snoozed' | 'resolved' };

export interface SlaTargets {
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  /** Warn this many business minutes before each due time (e.g. [15, 5]). */
  warnBeforeMinutes: number[];
}

export type Metric = 'first_response' | 'next_response' | 'resolution';

export interface Clock {
  metric: Metric;
  startedAt: number;
  dueAt: number | null;
  metAt: number | null;
  breached: boolean;
  /** Business time left at `now` (negative once overdue), null when met or never due. */
  remainingMs: number | null;
  warnings: { beforeMinutes: number; at: number }[];
}

/**
 * Periods when the clock stands still: waiting for the member (pending) and resolved (so a reopened
 * conversation continues where it stopped instead of starting over or counting the quiet time).
 */
export function pausedSpans(events: ClockEvent[], now: number): Span[] {
  const spans: Span[] = [];
  let pausedSince: number | null = null;
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const pauses = event.type === 'status' && (event.status === 'pending' || event.status === 'resolved');
    const resumes =
      event.type === 'member_message' ||
      (event.type === 'status' && (event.status === 'open' || event.status === 'snoozed'));
    if (pauses && pausedSince === null) pausedSince = event.at;
    else if (resumes && pausedSince !== null) {
      spans.push({ start: pausedSince, end: event.at });
      pausedSince = null;
    }
  }
  if (pausedSince !== null) spans.push({ start: pausedSince, end: Math.max(now, pausedSince) });
  return spans;
}

function clockFor(
  metric: Metric,
  calendar: BusinessCalendar | null,
  start: number,
  minutes: number,
  metAt: number | null,
  pauses: Span[],
  targets: SlaTargets,
  now: number,
): Clock {
  const dueAt = addBusinessMinutes(calendar, start, minutes, pauses);
  const until = metAt ?? now;
  const used = businessMsBetween(calendar, start, until, pauses);
  const breached = dueAt !== null && used > minutes * 60_000;
  // A met clock warns of nothing (plan.ts looks at unmet clocks only): no need to work them out.
  const warnings = (metAt === null ? targets.warnBeforeMinutes : [])
    .filter((lead) => lead > 0 && lead < minutes)
    .flatMap((lead) => {
      const at = addBusinessMinutes(calendar, start, minutes - lead, pauses);
      return at === null ? [] : [{ beforeMinutes: lead, at }];
    });
  return {
    metric,
    startedAt: start,
    dueAt,
    metAt,
    breached,
    remainingMs: metAt !== null || dueAt === null ? null : minutes * 60_000 - used,
    warnings,
  };
}

/**
 * Every SLA clock of one conversation at `now`: the first response, the open next response (a
 * member wrote after the last human reply), and the resolution. Pure: the same events, calendar
 * and time always give the same answer.
 */
export function slaClocks(
  events: ClockEvent[],
  targets: SlaTargets,
  calendar: BusinessCalendar | null,
  now: number,
): Clock[] {
  const ordered = [...events].sort((a, b) => a.at - b.at);
  const created = ordered.find((event) => event.type === 'created');
  if (!created) return [];
  const pauses = pausedSpans(ordered, now);
  const humanReplies = ordered.filter((event) => event.type === 'agent_reply' && !event.automated);
  const clocks: Clock[] = [];
  if (targets.firstResponseMinutes !== null) {
    const first = humanReplies[0]?.at ?? null;
    clocks.push(
      clockFor(
        'first_response',
        calendar,
        created.at,
        targets.firstResponseMinutes,
        first,
        pauses,
        targets,
        now,
      ),
    );
  }
  const lastReply = humanReplies.at(-1);
  if (targets.nextResponseMinutes !== null && lastReply) {
    const waiting = ordered.find((event) => event.type === 'member_message' && event.at > lastReply.at);
    if (waiting)
      clocks.push(
        clockFor(
          'next_response',
          calendar,
          waiting.at,
          targets.nextResponseMinutes,
          null,
          pauses,
          targets,
          now,
        ),
      );
  }
  if (targets.resolutionMinutes !== null) {
    // Resolved only if nothing reopened it since: a later message or status puts the clock back on.
    const last = ordered.filter((event) => event.type === 'status' || event.type === 'member_message').at(-1);
    const resolvedAt = last?.type === 'status' && last.status === 'resolved' ? last.at : null;
    clocks.push(
      clockFor(
        'resolution',
        calendar,
        created.at,
        targets.resolutionMinutes,
        resolvedAt,
        pauses,
        targets,
        now,
      ),
    );
  }
  return clocks;
}
