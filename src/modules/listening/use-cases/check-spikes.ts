import type { AppContext } from '../../../context.ts';
import { spikeSettingsFor } from '../detector-settings.ts';
import { allRules, type RuleRow } from '../queries/rules.ts';
import { activeSeries, bucketsBetween, detectorsOf, saveDetector } from '../queries/series.ts';
import { bucketMs, bucketOf, parseSeries } from '../series-keys.ts';
import { initialSpikeState, updateSpikeState, type SpikeState, type SpikeStep } from '../spikes/index.ts';
import { raiseAlert, type RaisedAlert } from './raise-alert.ts';

const HOUR = 3_600_000;
/** A bucket is judged for good once this long past its end, so late deliveries still count. */
export const closeGraceMs = 60_000;
/** After downtime or an import of history, the detector learns at most this much back. */
const catchUpMs = 30 * 24 * HOUR;
/** Departures older than this found while catching up teach the detector but raise nothing. */
const liveWindowMs = 2 * HOUR;

function labelOf(series: string, rules: ReadonlyMap<string, RuleRow>): string {
  const info = parseSeries(series);
  const rule = info.ruleId ? rules.get(info.ruleId) : undefined;
  return info.ruleId ? `"${rule?.name ?? 'a deleted rule'}"` : 'everything watched';
}

interface SeriesRun {
  state: SpikeState;
  judgedUntil: Date;
  alerts: { bucketStart: Date; step: SpikeStep }[];
}

/**
 * Feeds every closed bucket since the last check to the detector (empty ones as zero), then
 * looks at the open bucket without learning from it: a burst in progress alerts at once instead
 * of at the end of its five minutes.
 */
async function runSeries(
  ctx: AppContext,
  series: string,
  first: Date,
  stored: { state: SpikeState; judgedUntil: Date } | undefined,
  rule: RuleRow | null,
  now: Date,
): Promise<SeriesRun> {
  const settings = spikeSettingsFor(rule);
  const state = stored?.state ?? initialSpikeState();
  const closedEnd = bucketOf(new Date(now.getTime() - closeGraceMs));
  let start = stored?.judgedUntil ?? first;
  if (closedEnd.getTime() - start.getTime() > catchUpMs) start = new Date(closedEnd.getTime() - catchUpMs);
  const rows = await bucketsBetween(ctx.database.db, series, start, new Date(now.getTime() + bucketMs));
  const counts = new Map(rows.map((row) => [row.bucketStart.getTime(), row.items]));
  const alerts: SeriesRun['alerts'] = [];
  const live = now.getTime() - liveWindowMs;
  for (let t = start.getTime(); t < closedEnd.getTime(); t += bucketMs) {
    const step = updateSpikeState(state, t, counts.get(t) ?? 0, settings);
    if (step.alert && t >= live) alerts.push({ bucketStart: new Date(t), step });
  }
  for (let t = closedEnd.getTime(); t <= bucketOf(now).getTime(); t += bucketMs) {
    const count = counts.get(t) ?? 0;
    if (count < settings.minVolume) continue;
    const step = updateSpikeState(structuredClone(state), t, count, settings);
    if (!step.alert) continue;
    alerts.push({ bucketStart: new Date(t), step });
    // The closing judgement of this bucket then sees the alert as already raised (cool-down).
    state.lastAlertTime = t;
    state.lastAlertStrength = step.strength;
    break;
  }
  return { state, judgedUntil: new Date(Math.max(start.getTime(), closedEnd.getTime())), alerts };
}

/** One pass over every series with recent volume; returns the alerts it raised. */
export async function checkSpikes(ctx: AppContext): Promise<string[]> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const series = await activeSeries(db, new Date(now.getTime() - 7 * 24 * HOUR));
  const rules = new Map((await allRules(db)).map((rule) => [rule.id, rule]));
  const stored = new Map(
    (
      await detectorsOf(
        db,
        series.map((s) => s.series),
      )
    ).map((row) => [row.series, row]),
  );
  const raised: string[] = [];
  for (const { series: key, first } of series) {
    const ruleId = parseSeries(key).ruleId;
    const rule = ruleId ? (rules.get(ruleId) ?? null) : null;
    if (ruleId && (!rule || rule.archivedAt)) continue;
    const run = await runSeries(ctx, key, first, stored.get(key), rule, now);
    await ctx.database.transaction(async (tx) => {
      await saveDetector(tx.db, key, run.state, run.judgedUntil, now);
      if (rule && !rule.alerts) return;
      for (const found of run.alerts) {
        const alert: RaisedAlert = { series: key, seriesLabel: labelOf(key, rules), ...found };
        const row = await raiseAlert(tx, ctx, alert);
        if (row) raised.push(row.id);
      }
    });
  }
  return raised;
}
