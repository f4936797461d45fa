import {
  defaultReportDays,
  maxDailyDays,
  type ListeningReportQuery,
  type SentimentChange,
  type SentimentGroup,
  type SentimentPoint,
  type SentimentStats,
  type Theme,
  type ThemeStatus,
} from './schemas.ts';

export type Granularity = 'day' | 'week';

const dayMs = 24 * 60 * 60_000;

/** Mentions of a period or group as the database counts them; averages are worked out from sums. */
export interface Counts {
  mentions: number;
  sentimentSum: number;
  negative: number;
  neutral: number;
  positive: number;
}

/** One row of a split: `period` null is the range before; `key` is the group (null: none). */
export interface CountsRow extends Counts {
  period: string | null;
  key: string | null;
}

export interface Period {
  /** The start of its bucket (the day, or the Monday of its week), as the database names it. */
  key: string;
  /** Its first and last day inside the range (a week at either end can be cut short). */
  start: string;
  end: string;
  days: number;
}

export interface ReportRange {
  from: string;
  to: string;
  days: number;
  granularity: Granularity;
  previous: { from: string; to: string };
  /** Instants: the range before starts at `previousStart`, the range at `start`, ends before `end`. */
  previousStart: Date;
  start: Date;
  end: Date;
}

/** How themes are judged; sent with the report so the page can say it. */
export const themeRules = {
  /** A theme with none before is new once it has this many mentions (fewer: too sparse to call). */
  newMinCount: 3,
  /** Rising themes need at least this many mentions now… */
  risingMinCount: 3,
  /** …and at least this many times as many as before. */
  risingGrowth: 1.5,
  /** At most this many times as many as before: falling. */
  fallingGrowth: 2 / 3,
  /** Recurring: present in more than this share of the periods (and in two at least). */
  recurringShare: 0.5,
} as const;

export const themeLimits = { top: 12, rising: 8, recurring: 8 } as const;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const round = (value: number, places: number) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

export function granularityOf(days: number): Granularity {
  return days > maxDailyDays ? 'week' : 'day';
}

/** The report's whole UTC days (30 up to today unless asked), and the range of equal length before. */
export function reportRange(query: Pick<ListeningReportQuery, 'from' | 'to'>, now: Date): ReportRange {
  const today = Date.parse(isoDay(now.getTime()));
  const to = query.to ? Date.parse(query.to) : query.from ? Math.max(Date.parse(query.from), today) : today;
  const from = query.from ? Date.parse(query.from) : to - (defaultReportDays - 1) * dayMs;
  const days = Math.round((to - from) / dayMs) + 1;
  const previousStart = from - days * dayMs;
  return {
    from: isoDay(from),
    to: isoDay(to),
    days,
    granularity: granularityOf(days),
    previous: { from: isoDay(previousStart), to: isoDay(from - dayMs) },
    previousStart: new Date(previousStart),
    start: new Date(from),
    end: new Date(to + dayMs),
  };
}

/** Every period of the range in order, days or Monday-to-Sunday weeks, clipped to the range. */
export function periodsOf(range: Pick<ReportRange, 'from' | 'to' | 'granularity'>): Period[] {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const periods: Period[] = [];
  if (range.granularity === 'day') {
    for (let day = from; day <= to; day += dayMs)
      periods.push({ key: isoDay(day), start: isoDay(day), end: isoDay(day), days: 1 });
    return periods;
  }
  const weekday = (new Date(from).getUTCDay() + 6) % 7;
  for (let monday = from - weekday * dayMs; monday <= to; monday += 7 * dayMs) {
    const start = Math.max(monday, from);
    const end = Math.min(monday + 6 * dayMs, to);
    periods.push({
      key: isoDay(monday),
      start: isoDay(start),
      end: isoDay(end),
      days: Math.round((end - start) / dayMs) + 1,
    });
  }
  return periods;
}

export const noCounts = (): Counts => ({
  mentions: 0,
  sentimentSum: 0,
  negative: 0,
  neutral: 0,
  positive: 0,
});

export function addCounts(into: Counts, more: Counts): Counts {
  into.mentions += more.mentions;
  into.sentimentSum += more.sentimentSum;
  into.negative += more.negative;
  into.neutral += more.neutral;
  into.positive += more.positive;
  return into;
}

export function statsOf(counts: Counts): SentimentStats {
  const { mentions } = counts;
  const shareOf = (part: number) => (mentions === 0 ? null : round(part / mentions, 4));
  return {
    mentions,
    averageSentiment: mentions === 0 ? null : round(counts.sentimentSum / mentions, 3),
    negative: counts.negative,
    neutral: counts.neutral,
    positive: counts.positive,
    negativeShare: shareOf(counts.negative),
    neutralShare: shareOf(counts.neutral),
    positiveShare: shareOf(counts.positive),
  };
}

/** The range against the one before: more or fewer mentions, warmer or colder. */
export function changeOf(current: Counts, previous: Counts): SentimentChange {
  const both = current.mentions > 0 && previous.mentions > 0;
  const delta = (now: number, before: number, places: number) =>
    both ? round(now / current.mentions - before / previous.mentions, places) : null;
  return {
    mentions: current.mentions - previous.mentions,
    mentionsRatio:
      previous.mentions === 0 ? null : round((current.mentions - previous.mentions) / previous.mentions, 4),
    averageSentiment: delta(current.sentimentSum, previous.sentimentSum, 3),
    negativeShare: delta(current.negative, previous.negative, 4),
    positiveShare: delta(current.positive, previous.positive, 4),
  };
}

/** The whole range and the one before, from the rows of a split (any split: they all add up). */
export function totalsOf(rows: readonly CountsRow[]): { current: Counts; previous: Counts } {
  const current = noCounts();
  const previous = noCounts();
  for (const row of rows) addCounts(row.period === null ? previous : current, row);
  return { current, previous };
}

/** One point per period, periods without mentions included. */
export function seriesOf(rows: readonly CountsRow[], periods: readonly Period[]): SentimentPoint[] {
  const byPeriod = new Map<string, Counts>();
  for (const row of rows) {
    if (row.period === null) continue;
    const counts = byPeriod.get(row.period) ?? noCounts();
    byPeriod.set(row.period, addCounts(counts, row));
  }
  return periods.map((period) => ({
    period: period.start,
    ...statsOf(byPeriod.get(period.key) ?? noCounts()),
  }));
}

export interface GroupName {
  name: string;
  archived: boolean;
}

/**
 * One row per group seen now or before (a source that fell silent shows with 0 now), busiest
 * first, each with its own series and its change against the range before.
 */
export function groupsOf(
  rows: readonly CountsRow[],
  periods: readonly Period[],
  nameOf: (key: string | null) => GroupName,
): SentimentGroup[] {
  const groups = new Map<string | null, CountsRow[]>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group) group.push(row);
    else groups.set(row.key, [row]);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const { current, previous } = totalsOf(group);
      return {
        id: key,
        ...nameOf(key),
        ...statsOf(current),
        previous: statsOf(previous),
        change: changeOf(current, previous),
        series: seriesOf(group, periods),
      };
    })
    .sort(
      (a, b) =>
        b.mentions - a.mentions ||
        b.previous.mentions - a.previous.mentions ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

/** count / previous, or null when there was nothing before (see `themeStatus` for those). */
export function growthOf(count: number, previous: number): number | null {
  return previous === 0 ? null : round(count / previous, 3);
}

/**
 * New: none before and at least `newMinCount` now (fewer with none before is too sparse to call).
 * Otherwise by growth: rising at 1.5× or more, falling at ⅔ or less, steady between.
 */
export function themeStatus(count: number, previous: number): ThemeStatus {
  if (previous === 0) return count >= themeRules.newMinCount ? 'new' : 'sparse';
  const growth = count / previous;
  if (growth >= themeRules.risingGrowth) return 'rising';
  if (growth <= themeRules.fallingGrowth) return 'falling';
  return 'steady';
}

/** A key phrase of the range as the database counts it. */
export interface ThemeCandidate {
  phrase: string;
  count: number;
  previous: number;
  /** Average sentiment of the mentions with it. */
  average: number | null;
  periodsPresent: number;
}

const byPhrase = (a: ThemeCandidate, b: ThemeCandidate) =>
  a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0;

/** Most mentioned first; ties by phrase (code-point order, as the query's `collate "C"`). */
export function byCount(a: ThemeCandidate, b: ThemeCandidate): number {
  return b.count - a.count || byPhrase(a, b);
}

export function isRising(theme: Pick<ThemeCandidate, 'count' | 'previous'>): boolean {
  const status = themeStatus(theme.count, theme.previous);
  return theme.count >= themeRules.risingMinCount && (status === 'new' || status === 'rising');
}

/** Largest growth first; new themes (none before) count as endless growth, the most mentioned first. */
export function byGrowth(a: ThemeCandidate, b: ThemeCandidate): number {
  const growth = (theme: ThemeCandidate) =>
    theme.previous === 0 ? Number.POSITIVE_INFINITY : theme.count / theme.previous;
  return growth(b) - growth(a) || byCount(a, b);
}

/** Present in more than half of the periods, and in two at least. */
export function isRecurring(theme: Pick<ThemeCandidate, 'periodsPresent'>, periodCount: number): boolean {
  return theme.periodsPresent >= 2 && theme.periodsPresent > periodCount * themeRules.recurringShare;
}

/** Present in most periods first, then the most mentioned. */
export function byPresence(a: ThemeCandidate, b: ThemeCandidate): number {
  return b.periodsPresent - a.periodsPresent || byCount(a, b);
}

export interface ThemeSelection {
  top: ThemeCandidate[];
  rising: ThemeCandidate[];
  recurring: ThemeCandidate[];
}

/** The top themes, the rising ones (largest growth with enough mentions) and the recurring ones. */
export function selectThemes(
  candidates: readonly ThemeCandidate[],
  periodCount: number,
  limits: { top: number; rising: number; recurring: number } = themeLimits,
): ThemeSelection {
  return {
    top: [...candidates].sort(byCount).slice(0, limits.top),
    rising: candidates
      .filter((theme) => isRising(theme))
      .sort(byGrowth)
      .slice(0, limits.rising),
    recurring: candidates
      .filter((theme) => isRecurring(theme, periodCount))
      .sort(byPresence)
      .slice(0, limits.recurring),
  };
}

/** A theme as the report shows it, with its count per period (in the order of `periods`). */
export function themeOf(
  candidate: ThemeCandidate,
  totalMentions: number,
  perPeriod: ReadonlyMap<string, number>,
  periods: readonly Period[],
): Theme {
  return {
    phrase: candidate.phrase,
    count: candidate.count,
    share: totalMentions === 0 ? 0 : round(candidate.count / totalMentions, 4),
    previous: candidate.previous,
    growth: growthOf(candidate.count, candidate.previous),
    status: themeStatus(candidate.count, candidate.previous),
    averageSentiment: candidate.average === null ? null : round(candidate.average, 3),
    periodsPresent: candidate.periodsPresent,
    series: periods.map((period) => perPeriod.get(period.key) ?? 0),
  };
}
