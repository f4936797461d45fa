import { inArray, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import { rules, sources } from '../tables.ts';
import type { CountsRow, Granularity, ThemeCandidate } from './aggregate.ts';

/** Which mentions a report counts, besides their time. */
export interface ReportSlice {
  ruleId?: string | undefined;
  sourceId?: string | undefined;
  platform?: string | undefined;
}

/** The range before starts at `previousStart`, the range at `start`; both end before `end`. */
export interface ReportWindow {
  previousStart: Date;
  start: Date;
  end: Date;
  granularity: Granularity;
}

export type Split = 'all' | 'platform' | 'source' | 'rule';

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

function sliceOf(slice: ReportSlice): SQL {
  return sql`${slice.ruleId ? sql`and i.rule_ids @> array[${slice.ruleId}::uuid]` : sql``}
    ${slice.sourceId ? sql`and i.source_id = ${slice.sourceId}::uuid` : sql``}
    ${slice.platform ? sql`and i.platform = ${slice.platform}` : sql``}`;
}

/** The UTC day, or the Monday of the UTC week, an item falls in, as YYYY-MM-DD. */
function bucketOf(granularity: Granularity): SQL {
  const unit = granularity === 'week' ? sql.raw(`'week'`) : sql.raw(`'day'`);
  return sql`to_char(date_trunc(${unit}, i.published_at at time zone 'UTC'), 'YYYY-MM-DD')`;
}

const counted = sql`count(*)::int as mentions,
  coalesce(sum(i.sentiment), 0)::float8 as sentiment_sum,
  (count(*) filter (where i.sentiment_label = 'negative'))::int as negative,
  (count(*) filter (where i.sentiment_label = 'neutral'))::int as neutral,
  (count(*) filter (where i.sentiment_label = 'positive'))::int as positive`;

interface RawCounts {
  period: string | null;
  key: string | null;
  mentions: number;
  sentiment_sum: number;
  negative: number;
  neutral: number;
  positive: number;
}

/**
 * Mentions and their sentiment per period and group, over the range and the one before it
 * (period null), counted in the database. By rule, an item counts once for each rule it matches
 * and once under no rule (key null) when it matches none.
 */
export async function sentimentCounts(
  db: Db,
  slice: ReportSlice,
  window: ReportWindow,
  split: Split,
): Promise<CountsRow[]> {
  const key =
    split === 'platform'
      ? sql`i.platform`
      : split === 'source'
        ? sql`i.source_id::text`
        : split === 'rule'
          ? sql`r.rule_id::text`
          : sql`null::text`;
  const join = split === 'rule' ? sql`left join lateral unnest(i.rule_ids) as r(rule_id) on true` : sql``;
  const rows = await selectRows<RawCounts>(
    db,
    sql`select
          case when i.published_at < ${at(window.start)} then null else ${bucketOf(window.granularity)} end as period,
          ${key} as key,
          ${counted}
        from listening_items i ${join}
        where i.published_at >= ${at(window.previousStart)} and i.published_at < ${at(window.end)}
          ${sliceOf(slice)}
        group by 1${split === 'all' ? sql`` : sql`, 2`}`,
  );
  return rows.map((row) => ({
    period: row.period,
    key: row.key,
    mentions: Number(row.mentions),
    sentimentSum: Number(row.sentiment_sum),
    negative: Number(row.negative),
    neutral: Number(row.neutral),
    positive: Number(row.positive),
  }));
}

/** How many of each ranking the database hands over for the exact choice in aggregate.ts. */
export interface ThemePools {
  pool: number;
  newMinCount: number;
  risingMinCount: number;
  risingGrowth: number;
}

/**
 * The key phrases of the range worth judging: the most mentioned, those in the most periods and
 * those that grew most (new ones first), each with its count before, average sentiment and the
 * number of periods it came up in. Orders match aggregate.ts, so its choice from these is exact.
 */
export async function themeCandidates(
  db: Db,
  slice: ReportSlice,
  window: ReportWindow,
  pools: ThemePools,
): Promise<ThemeCandidate[]> {
  const rows = await selectRows<{
    phrase: string;
    count: number;
    previous: number;
    average: number | null;
    periods: number;
  }>(
    db,
    sql`with cur as (
          select p.phrase, count(*)::int as n, avg(i.sentiment)::float8 as average,
            count(distinct ${bucketOf(window.granularity)})::int as periods
          from listening_items i cross join lateral unnest(i.key_phrases) as p(phrase)
          where i.published_at >= ${at(window.start)} and i.published_at < ${at(window.end)} ${sliceOf(slice)}
          group by p.phrase),
        prev as (
          select p.phrase, count(*)::int as n
          from listening_items i cross join lateral unnest(i.key_phrases) as p(phrase)
          where i.published_at >= ${at(window.previousStart)} and i.published_at < ${at(window.start)}
            ${sliceOf(slice)} and p.phrase in (select phrase from cur)
          group by p.phrase),
        joined as (
          select cur.phrase, cur.n, cur.average, cur.periods, coalesce(prev.n, 0) as before
          from cur left join prev on prev.phrase = cur.phrase),
        ranked as (
          select j.*,
            row_number() over (order by j.n desc, j.phrase collate "C") as by_count,
            row_number() over (order by j.periods desc, j.n desc, j.phrase collate "C") as by_periods,
            row_number() over (order by
              case when j.n >= ${pools.risingMinCount} and (
                (j.before = 0 and j.n >= ${pools.newMinCount})
                or (j.before > 0 and j.n >= j.before * ${pools.risingGrowth}::float8)) then 0 else 1 end,
              case when j.before = 0 then null else j.n::float8 / j.before end desc nulls first,
              j.n desc, j.phrase collate "C") as by_growth
          from joined j)
        select phrase, n as count, before as previous, average, periods from ranked
        where by_count <= ${pools.pool} or by_periods <= ${pools.pool} or by_growth <= ${pools.pool}`,
  );
  return rows.map((row) => ({
    phrase: row.phrase,
    count: Number(row.count),
    previous: Number(row.previous),
    average: row.average === null ? null : Number(row.average),
    periodsPresent: Number(row.periods),
  }));
}

/** How often each of these phrases came up per period of the range. */
export async function themeSeries(
  db: Db,
  slice: ReportSlice,
  window: ReportWindow,
  phrases: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  const series = new Map<string, Map<string, number>>();
  if (phrases.length === 0) return series;
  const wanted = sql`${sql.param([...phrases])}::text[]`;
  const rows = await selectRows<{ phrase: string; period: string; count: number }>(
    db,
    sql`select p.phrase, ${bucketOf(window.granularity)} as period, count(*)::int as count
        from listening_items i cross join lateral unnest(i.key_phrases) as p(phrase)
        where i.published_at >= ${at(window.start)} and i.published_at < ${at(window.end)}
          ${sliceOf(slice)} and i.key_phrases && ${wanted} and p.phrase = any(${wanted})
        group by 1, 2`,
  );
  for (const row of rows) {
    const perPeriod = series.get(row.phrase) ?? new Map<string, number>();
    perPeriod.set(row.period, Number(row.count));
    series.set(row.phrase, perPeriod);
  }
  return series;
}

export interface NamedRow {
  id: string;
  name: string;
  archived: boolean;
}

export async function sourceNames(db: Db, ids: readonly string[]): Promise<NamedRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: sources.id, name: sources.name, archivedAt: sources.archivedAt })
    .from(sources)
    .where(inArray(sources.id, [...ids]));
  return rows.map((row) => ({ id: row.id, name: row.name, archived: row.archivedAt !== null }));
}

export async function ruleNames(db: Db, ids: readonly string[]): Promise<NamedRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: rules.id, name: rules.name, archivedAt: rules.archivedAt })
    .from(rules)
    .where(inArray(rules.id, [...ids]));
  return rows.map((row) => ({ id: row.id, name: row.name, archived: row.archivedAt !== null }));
}
