import { DateTime } from 'luxon';
import { businessMsBetween, quantile, type BusinessCalendar } from '../../sla/index.ts';
import { distribution, type Distribution } from './distribution.ts';

/** One conversation as the report counts it (epoch milliseconds). */
export interface ReportConversation {
  id: string;
  channel: string;
  teamId: string | null;
  assigneeId: string | null;
  createdAt: number;
  firstResponseAt: number | null;
  /** The last resolution: a reopened conversation counts when it is finally resolved, not before. */
  resolvedAt: number | null;
  reopenCount: number;
  deflected: boolean;
  escalated: boolean;
  hasPolicy: boolean;
  breaches: number;
  /** The opening hours its times are measured in (the team's, else the inbox's; null = around the clock). */
  calendar: BusinessCalendar | null;
}
export interface CsatAnswer {
  rating: number;
  channel: string;
  teamId: string | null;
  agentId: string | null;
}

export interface ReportRow {
  id: string | null;
  name: string;
  conversations: number;
  resolved: number;
  firstResponseMedian: number | null;
  firstResponseP90: number | null;
  resolutionMedian: number | null;
  slaAttainment: number | null;
  breaches: number;
  escalations: number;
  csatAverage: number | null;
  csatResponses: number;
}

export interface Totals {
  conversations: number;
  resolved: number;
  reopened: number;
  deflected: number;
  escalated: number;
  breaches: number;
  slaAttainment: number | null;
  csatAverage: number | null;
  csatResponses: number;
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const round3 = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

export function businessMinutes(calendar: BusinessCalendar | null, from: number, to: number): number {
  return businessMsBetween(calendar, from, to, []) / 60_000;
}

export function firstResponseMinutes(c: ReportConversation): number | null {
  return c.firstResponseAt === null ? null : businessMinutes(c.calendar, c.createdAt, c.firstResponseAt);
}

export function resolutionMinutes(c: ReportConversation): number | null {
  return c.resolvedAt === null ? null : businessMinutes(c.calendar, c.createdAt, c.resolvedAt);
}

/**
 * The share of conversations under an SLA whose targets were all met, counted once decided
 * (answered, resolved or breached); an open conversation still in time is not yet a success.
 */
function attainment(items: readonly ReportConversation[]): number | null {
  const decided = items.filter(
    (c) => c.hasPolicy && (c.breaches > 0 || c.firstResponseAt !== null || c.resolvedAt !== null),
  );
  if (decided.length === 0) return null;
  return decided.filter((c) => c.breaches === 0).length / decided.length;
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function totalsOf(items: readonly ReportConversation[], csat: readonly CsatAnswer[]): Totals {
  return {
    conversations: items.length,
    resolved: items.filter((c) => c.resolvedAt !== null).length,
    reopened: items.filter((c) => c.reopenCount > 0).length,
    deflected: items.filter((c) => c.deflected).length,
    escalated: items.filter((c) => c.escalated).length,
    breaches: items.reduce((sum, c) => sum + c.breaches, 0),
    slaAttainment: round3(attainment(items)),
    csatAverage: round1(average(csat.map((answer) => answer.rating))),
    csatResponses: csat.length,
  };
}

function nonNull(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

export function firstResponseDistribution(items: readonly ReportConversation[]): Distribution {
  return distribution(nonNull(items.map(firstResponseMinutes)));
}

export function resolutionDistribution(items: readonly ReportConversation[]): Distribution {
  return distribution(nonNull(items.map(resolutionMinutes)));
}

/** One table row per team or agent; conversations without one are grouped under `noneName`. */
export function rowsBy(
  items: readonly ReportConversation[],
  csat: readonly CsatAnswer[],
  keyOf: (c: ReportConversation) => string | null,
  csatKeyOf: (answer: CsatAnswer) => string | null,
  names: ReadonlyMap<string, string>,
  noneName: string,
): ReportRow[] {
  const groups = new Map<string | null, ReportConversation[]>();
  for (const c of items) {
    const group = groups.get(keyOf(c));
    if (group) group.push(c);
    else groups.set(keyOf(c), [c]);
  }
  return [...groups.entries()]
    .map(([id, group]) => {
      const ratings = csat.filter((answer) => csatKeyOf(answer) === id).map((answer) => answer.rating);
      const firsts = nonNull(group.map(firstResponseMinutes));
      return {
        id,
        name: id === null ? noneName : (names.get(id) ?? 'Removed'),
        conversations: group.length,
        resolved: group.filter((c) => c.resolvedAt !== null).length,
        firstResponseMedian: round1(quantile(firsts, 0.5)),
        firstResponseP90: round1(quantile(firsts, 0.9)),
        resolutionMedian: round1(quantile(nonNull(group.map(resolutionMinutes)), 0.5)),
        slaAttainment: round3(attainment(group)),
        breaches: group.reduce((sum, c) => sum + c.breaches, 0),
        escalations: group.filter((c) => c.escalated).length,
        csatAverage: round1(average(ratings)),
        csatResponses: ratings.length,
      };
    })
    .sort((a, b) => b.conversations - a.conversations || a.name.localeCompare(b.name));
}

export function volumeByHour(items: readonly ReportConversation[], timezone: string) {
  const counts = Array.from({ length: 24 }, () => 0);
  for (const c of items) {
    const hour = DateTime.fromMillis(c.createdAt, { zone: timezone }).hour;
    counts[hour] = (counts[hour] ?? 0) + 1;
  }
  return counts.map((count, hour) => ({ hour, count }));
}

export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

export function csatByChannel(csat: readonly CsatAnswer[]) {
  const channels = [...new Set(csat.map((answer) => answer.channel))].sort();
  return channels.map((channel) => {
    const ratings = csat.filter((answer) => answer.channel === channel).map((answer) => answer.rating);
    return { channel, average: round1(average(ratings)), responses: ratings.length };
  });
}
