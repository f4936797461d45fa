import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { userCardsByRoles } from '../../accounts/index.ts';
import { notify } from '../../notifications/index.ts';
import { alertWebhookJob } from '../alert-webhook.ts';
import {
  exampleItems,
  phraseCounts,
  sentimentOf,
  topAuthors,
  topSources,
  type SeriesFilter,
} from '../queries/alert-facts.ts';
import { insertAlert, type AlertRow } from '../queries/alerts.ts';
import { loadSettings } from '../queries/settings.ts';
import { bucketMs, parseSeries } from '../series-keys.ts';
import type { SpikeStep } from '../spikes/index.ts';
import type { AlertCount, AlertExplanation } from '../types.ts';

const HOUR = 3_600_000;
export const alertsChanged = 'listening.alerts';

/** Phrases that are common now and were rare before: now × how much more often than before. */
function unusualTerms(
  rows: { phrase: string; now: number; before: number }[],
  windowMs: number,
): AlertCount[] {
  const weekMs = 7 * 24 * HOUR;
  return rows
    .map((row) => {
      const expected = (row.before * windowMs) / weekMs;
      return { name: row.phrase, count: row.now, lift: row.now / (1 + expected) };
    })
    .filter((row) => row.count >= 2)
    .sort((a, b) => b.lift - a.lift || b.count - a.count)
    .slice(0, 6)
    .map(({ name, count }) => ({ name, count }));
}

async function explain(
  tx: Tx,
  series: string,
  seriesLabel: string,
  step: SpikeStep,
  from: Date,
  to: Date,
): Promise<AlertExplanation> {
  const info = parseSeries(series);
  const filter: SeriesFilter = { ruleId: info.ruleId, negativeOnly: info.measure === 'negativity' };
  const before = { from: new Date(from.getTime() - 7 * 24 * HOUR), to: from };
  const allOfRule: SeriesFilter = { ruleId: info.ruleId, negativeOnly: false };
  // One after another: a transaction is one connection, which runs one statement at a time.
  const phrases = await phraseCounts(tx.db, filter, { from, to }, before);
  const sources = await topSources(tx.db, filter, from, to);
  const authors = await topAuthors(tx.db, filter, from, to);
  const now = await sentimentOf(tx.db, allOfRule, from, to);
  const earlier = await sentimentOf(tx.db, allOfRule, new Date(from.getTime() - 24 * HOUR), from);
  const examples = await exampleItems(tx.db, filter, from, to);
  return {
    seriesLabel,
    topTerms: unusualTerms(phrases, to.getTime() - from.getTime()),
    topSources: sources,
    topAuthors: authors,
    sentimentNow: now.average,
    sentimentBefore: earlier.average,
    negativeShareNow: now.negativeShare,
    negativeShareBefore: earlier.negativeShare,
    exampleItemIds: examples,
    sigmas: step.sigmas,
    horizon: step.horizon,
  };
}

export interface RaisedAlert {
  series: string;
  seriesLabel: string;
  bucketStart: Date;
  step: SpikeStep;
}

function titleOf(alert: AlertRow): string {
  const what = alert.measure === 'negativity' ? 'Negative mentions' : 'Mentions';
  return `${what} of ${alert.explanation.seriesLabel}: ${Math.round(alert.observed)} in 5 minutes, about ${Math.round(alert.expected)} expected`;
}

/**
 * Records an alert with everything that explains it, once per series and bucket, and tells the
 * people who follow listening: in the app (live), by email as each chose, and by signed webhook.
 */
export async function raiseAlert(tx: Tx, ctx: AppContext, raised: RaisedAlert): Promise<AlertRow | null> {
  const now = ctx.clock.now();
  const since = new Date(raised.step.since ?? raised.bucketStart.getTime());
  const to = new Date(Math.max(now.getTime(), raised.bucketStart.getTime() + bucketMs));
  const info = parseSeries(raised.series);
  const alert = await insertAlert(tx.db, {
    id: newId(),
    series: raised.series,
    ruleId: info.ruleId,
    measure: info.measure,
    bucketStart: raised.bucketStart,
    since,
    observed: raised.step.observed,
    expected: raised.step.expected,
    strength: raised.step.strength,
    explanation: await explain(tx, raised.series, raised.seriesLabel, raised.step, since, to),
    createdAt: now,
  });
  if (!alert) return null;
  const settings = await loadSettings(tx.db);
  const people = await userCardsByRoles(tx.db, ['admin', 'manager']);
  await notify(
    tx,
    ctx,
    people.map((person) => ({
      userId: person.id,
      kind: 'listening_alert' as const,
      actorId: null,
      threadId: null,
      postId: null,
      link: `/listening/alerts/${alert.id}`,
      title: titleOf(alert),
    })),
  );
  if (settings.webhookUrl) await ctx.jobs.send(tx, alertWebhookJob, { alertId: alert.id });
  await ctx.live.publish(tx, {
    type: alertsChanged,
    audience: { roles: ['admin', 'manager', 'agent'] },
    data: { alertId: alert.id },
  });
  return alert;
}
