import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { coreErrors } from '../../../core/errors.ts';
import { listeningPolicy } from '../policy.ts';
import {
  changeOf,
  groupsOf,
  periodsOf,
  reportRange,
  selectThemes,
  seriesOf,
  statsOf,
  themeLimits,
  themeOf,
  themeRules,
  totalsOf,
  type CountsRow,
  type GroupName,
  type ThemeCandidate,
} from './aggregate.ts';
import {
  ruleNames,
  sentimentCounts,
  sourceNames,
  themeCandidates,
  themeSeries,
  type NamedRow,
  type ReportSlice,
  type ReportWindow,
} from './queries.ts';
import { maxReportDays, type ListeningReport, type ListeningReportQuery } from './schemas.ts';

/** Each ranking of themes hands over this many times what the report shows, from the database. */
const poolFactor = 3;

function keysOf(rows: readonly CountsRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.key === null ? [] : [row.key])))];
}

function namer(rows: readonly NamedRow[], missing: string, none: string): (key: string | null) => GroupName {
  const names = new Map(rows.map((row) => [row.id, row]));
  return (key) => {
    if (key === null) return { name: none, archived: false };
    const row = names.get(key);
    return row ? { name: row.name, archived: row.archived } : { name: missing, archived: true };
  };
}

/**
 * Listening reports (F2, C5/F5): how mentions felt per day (or week) by platform, source and watch
 * rule against the range before, and which themes keep coming up, grow or are new. UTC days.
 */
export async function listeningReport(
  ctx: AppContext,
  actor: Actor | null,
  query: ListeningReportQuery,
): Promise<ListeningReport> {
  listeningPolicy.authorize(actor, 'read');
  const range = reportRange(query, ctx.clock.now());
  if (range.days > maxReportDays)
    throw coreErrors.raise.VALIDATION_FAILED({
      fields: [{ path: 'from', message: `Ask for at most ${maxReportDays} days at a time.` }],
    });
  const db = ctx.database.db;
  const slice: ReportSlice = { ruleId: query.ruleId, sourceId: query.sourceId, platform: query.platform };
  const window: ReportWindow = {
    previousStart: range.previousStart,
    start: range.start,
    end: range.end,
    granularity: range.granularity,
  };
  const periods = periodsOf(range);

  const [all, byPlatform, bySource, byRule, candidates] = await Promise.all([
    sentimentCounts(db, slice, window, 'all'),
    sentimentCounts(db, slice, window, 'platform'),
    sentimentCounts(db, slice, window, 'source'),
    sentimentCounts(db, slice, window, 'rule'),
    themeCandidates(db, slice, window, {
      pool: poolFactor * Math.max(themeLimits.top, themeLimits.rising, themeLimits.recurring),
      newMinCount: themeRules.newMinCount,
      risingMinCount: themeRules.risingMinCount,
      risingGrowth: themeRules.risingGrowth,
    }),
  ]);
  const [sourceRows, ruleRows] = await Promise.all([
    sourceNames(db, keysOf(bySource)),
    ruleNames(db, keysOf(byRule)),
  ]);

  const totals = totalsOf(all);
  const chosen = selectThemes(candidates, periods.length);
  const phrases = [...new Set([...chosen.top, ...chosen.rising, ...chosen.recurring].map((t) => t.phrase))];
  const series = await themeSeries(db, slice, window, phrases);
  const show = (theme: ThemeCandidate) =>
    themeOf(theme, totals.current.mentions, series.get(theme.phrase) ?? new Map(), periods);

  return {
    range: {
      from: range.from,
      to: range.to,
      days: range.days,
      timezone: 'UTC',
      granularity: range.granularity,
      previous: range.previous,
    },
    filters: {
      ruleId: query.ruleId ?? null,
      sourceId: query.sourceId ?? null,
      platform: query.platform ?? null,
    },
    periods: periods.map(({ start, end, days }) => ({ start, end, days })),
    totals: {
      current: statsOf(totals.current),
      previous: statsOf(totals.previous),
      change: changeOf(totals.current, totals.previous),
    },
    trend: seriesOf(all, periods),
    byPlatform: groupsOf(byPlatform, periods, (key) => ({ name: key ?? 'Unknown', archived: false })),
    bySource: groupsOf(bySource, periods, namer(sourceRows, 'Removed source', 'Unknown source')),
    byRule: groupsOf(byRule, periods, namer(ruleRows, 'Removed rule', 'No watch rule')),
    themes: {
      rules: { ...themeRules },
      top: chosen.top.map(show),
      rising: chosen.rising.map(show),
      recurring: chosen.recurring.map(show),
    },
  };
}
