import type { BusinessCalendar } from './business-hours.ts';
import { slaClocks, type Clock, type ClockEvent, type Metric, type SlaTargets } from './due-times.ts';

export interface EscalationRule {
  /** Wall-clock minutes after the breach. */
  afterMinutes: number;
  action: 'notify_lead' | 'reassign' | 'raise_priority';
}

export interface SlaPolicyShape extends SlaTargets {
  escalation: EscalationRule[];
}

/** Something the SLA sweep must do at a moment: warn, record a breach, take an escalation step. */
export type SlaMoment =
  | { kind: 'warning'; at: number; metric: Metric; startedAt: number; dueAt: number; beforeMinutes: number }
  | { kind: 'breach'; at: number; metric: Metric; startedAt: number; dueAt: number }
  | {
      kind: 'escalation';
      at: number;
      metric: Metric;
      startedAt: number;
      dueAt: number;
      step: number;
      action: EscalationRule['action'];
    };

export interface SlaPlan {
  clocks: Clock[];
  /** The earliest due time still to meet while the clock runs; null when paused or nothing is due. */
  nextDueAt: number | null;
  breached: boolean;
  moments: SlaMoment[];
}

/** A key that names one moment for good, so it is acted on once however often the sweep runs. */
export function momentKey(moment: SlaMoment): string {
  const base = `${moment.kind}:${moment.metric}:${moment.startedAt}`;
  if (moment.kind === 'warning') return `${base}:${moment.beforeMinutes}`;
  if (moment.kind === 'escalation') return `${base}:${moment.step}`;
  return base;
}

function momentsOf(clock: Clock, policy: SlaPolicyShape): SlaMoment[] {
  const dueAt = clock.dueAt;
  if (dueAt === null || clock.metAt !== null) return [];
  const common = { metric: clock.metric, startedAt: clock.startedAt, dueAt };
  return [
    ...clock.warnings.map((warning) => ({
      kind: 'warning' as const,
      at: warning.at,
      beforeMinutes: warning.beforeMinutes,
      ...common,
    })),
    { kind: 'breach' as const, at: dueAt, ...common },
    ...policy.escalation.map((rule, step) => ({
      kind: 'escalation' as const,
      at: dueAt + rule.afterMinutes * 60_000,
      step,
      action: rule.action,
      ...common,
    })),
  ];
}

/**
 * Everything the SLA says about one conversation at `now`: its clocks, the next due time to show,
 * whether it ever breached, and the moments (warnings, breach, escalation steps) of the clocks
 * still running, in time order. While the conversation waits for the member, nothing is due.
 */
export function slaPlan(
  events: ClockEvent[],
  policy: SlaPolicyShape,
  calendar: BusinessCalendar | null,
  now: number,
  running: boolean,
): SlaPlan {
  const clocks = slaClocks(events, policy, calendar, now);
  const breached = clocks.some((clock) => clock.breached);
  if (!running) return { clocks, nextDueAt: null, breached, moments: [] };
  const unmet = clocks.filter((clock) => clock.metAt === null && clock.dueAt !== null);
  const dues = unmet.map((clock) => clock.dueAt ?? Infinity);
  const moments = unmet.flatMap((clock) => momentsOf(clock, policy)).sort((a, b) => a.at - b.at);
  return { clocks, nextDueAt: dues.length > 0 ? Math.min(...dues) : null, breached, moments };
}
