/** Where a member stands with the community, recomputed as they act (and as time passes). */
export const stages = ['newcomer', 'regular', 'advocate', 'at_risk', 'gone'] as const;
export type Stage = (typeof stages)[number];

/** What the stage is worked out from: counts over the member's whole timeline (merged members too). */
export interface LifecycleStats {
  firstSeenAt: Date;
  lastActiveAt: Date;
  /** Activities in the last 30 days, and in the 30 before those. */
  last30: number;
  prev30: number;
  /** Weeks of the last 8 with any activity. */
  activeWeeks: number;
  acceptedAnswers90: number;
  negativeMentions30: number;
  /** Ratings of 2 or less in the last 90 days. */
  lowRatings90: number;
  /** Replies or resolutions we owed them that went past their SLA, in the last 30 days. */
  slaMisses30: number;
}

export interface Lifecycle {
  stage: Stage;
  /** Says why, in words staff can act on. */
  reason: string;
}

/** Timeline kinds that happened to a member rather than things they did: they don't make them active. */
export const happenedToThem: ReadonlySet<string> = new Set([
  'sla_miss',
  'greeting',
  'outreach',
  'review_request',
  'campaign',
]);

const day = 86_400_000;
const goneAfterDays = 90;
const regularWeeks = 3;
const advocateAnswers = 3;
const dropShare = 0.5;
/** Below this many activities in the earlier 30 days, a drop says nothing. */
const dropBase = 4;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function riskSignals(stats: LifecycleStats): string[] {
  const signals: string[] = [];
  if (stats.prev30 >= dropBase && stats.last30 <= stats.prev30 * dropShare) {
    const drop = Math.round((1 - stats.last30 / stats.prev30) * 100);
    signals.push(`activity down ${drop}% over 30 days (${stats.last30} against ${stats.prev30})`);
  }
  if (stats.negativeMentions30 >= 2)
    signals.push(`${plural(stats.negativeMentions30, 'negative mention')} in 30 days`);
  if (stats.lowRatings90 >= 1)
    signals.push(`${plural(stats.lowRatings90, 'rating')} of 2 or less in 90 days`);
  if (stats.slaMisses30 >= 1)
    signals.push(`${plural(stats.slaMisses30, 'SLA miss', 'SLA misses')} on their conversations in 30 days`);
  return signals;
}

/**
 * The stage and its reason, first rule that holds: gone (nothing for 90 days), at risk (activity
 * halved, negative mentions, a poor rating, a reply we owed them late), advocate (3+ accepted answers in 90 days), regular
 * (active 3 of the last 8 weeks), else newcomer (not a regular yet).
 */
export function lifecycleOf(stats: LifecycleStats, now: Date): Lifecycle {
  const idleDays = Math.floor((now.getTime() - stats.lastActiveAt.getTime()) / day);
  if (idleDays >= goneAfterDays) return { stage: 'gone', reason: `gone: nothing for ${idleDays} days` };
  const signals = riskSignals(stats);
  if (signals.length > 0) return { stage: 'at_risk', reason: `at risk: ${signals.join(', ')}` };
  if (stats.acceptedAnswers90 >= advocateAnswers)
    return {
      stage: 'advocate',
      reason: `advocate: ${plural(stats.acceptedAnswers90, 'accepted answer')} in 90 days`,
    };
  if (stats.activeWeeks >= regularWeeks)
    return { stage: 'regular', reason: `regular: active ${stats.activeWeeks} of the last 8 weeks` };
  const knownDays = Math.floor((now.getTime() - stats.firstSeenAt.getTime()) / day);
  return {
    stage: 'newcomer',
    reason:
      knownDays < 30
        ? `newcomer: first seen ${knownDays === 0 ? 'today' : `${plural(knownDays, 'day')} ago`}`
        : `newcomer: active ${plural(stats.activeWeeks, 'week')} of the last 8, not yet a regular`,
  };
}
