import type { AppContext } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { userIdsByEmail } from '../../accounts/index.ts';
import { stateMentionsStored } from '../facts.ts';
import { inboxReason } from '../inbox-routing.ts';
import { listeningRoles } from '../policy.ts';
import type { PreparedMention } from '../prepare.ts';
import { preparePoolOf } from '../prepare-pool.ts';
import { addHandoffs, handoffsThisHour } from '../queries/handoffs.ts';
import { insertItems } from '../queries/items.ts';
import { addMatchCounts } from '../queries/rules.ts';
import { addToBuckets, type BucketDelta } from '../queries/series.ts';
import { loadSettings, type ListeningSettingsRow } from '../queries/settings.ts';
import { countSourceItems, type SourceRow } from '../queries/sources.ts';
import { liveRules, type LiveRule } from '../rule-cache.ts';
import { bucketOf, seriesOfItem } from '../series-keys.ts';
import { nudgeSpikeWatch } from '../spike-watch.ts';
import type { IncomingMention } from '../types.ts';
import { routeMentionsJob } from './route-mentions.ts';

export interface IngestOutcome {
  received: number;
  stored: number;
  /** Already stored (same dedupe key), now or earlier in the same batch. */
  duplicates: number;
  /** Neither title nor text. */
  empty: number;
  /** Sent to the inbox (its conversation opens moments later, in a job). */
  routed: number;
  itemIds: string[];
}

export const listeningItemsChanged = 'listening.items';

export interface PreparedItem extends PreparedMention {
  /** The watch rules it matches. */
  rules: LiveRule[];
}

/**
 * The batch, cleaned, keyed, enriched and matched (a large batch on a worker thread, so that the
 * statements of a batch already in the database go on meanwhile); a key seen earlier in the batch
 * counts as a duplicate.
 */
async function prepareBatch(
  ctx: AppContext,
  mentions: readonly IncomingMention[],
  source: SourceRow,
  rules: readonly LiveRule[],
  now: Date,
): Promise<{ prepared: PreparedItem[]; empty: number; repeated: number }> {
  const ruleById = new Map(rules.map((rule) => [rule.row.id, rule]));
  const byKey = new Map<string, PreparedItem>();
  let empty = 0;
  let repeated = 0;
  for (const item of await preparePoolOf(ctx).prepare(mentions, source, rules, now)) {
    if (!item) empty += 1;
    else if (byKey.has(item.row.dedupeKey)) repeated += 1;
    else
      byKey.set(item.row.dedupeKey, {
        ...item,
        rules: item.row.ruleIds.flatMap((id) => ruleById.get(id) ?? []),
      });
  }
  return { prepared: [...byKey.values()], empty, repeated };
}

function bucketDeltas(items: readonly PreparedItem[]): BucketDelta[] {
  const deltas = new Map<string, BucketDelta>();
  for (const { row } of items) {
    const bucketStart = bucketOf(row.publishedAt);
    const negative = row.sentimentLabel === 'negative';
    for (const series of seriesOfItem(row.ruleIds, negative)) {
      const key = `${series}@${bucketStart.getTime()}`;
      const delta = deltas.get(key) ?? { series, bucketStart, items: 0, negative: 0, sentimentSum: 0 };
      delta.items += 1;
      delta.negative += negative ? 1 : 0;
      delta.sentimentSum += row.sentiment;
      deltas.set(key, delta);
    }
  }
  // One lock order for every batch, so concurrent batches never deadlock on shared buckets.
  return [...deltas.values()].sort((a, b) =>
    a.series === b.series ? a.bucketStart.getTime() - b.bucketStart.getTime() : a.series < b.series ? -1 : 1,
  );
}

/**
 * Records why each item needs an answer, up to each rule's hourly cap; past it (a spike) the item
 * stays in the stream with the reason it was held back. The conversations open in a job.
 */
async function markForInbox(
  tx: Tx,
  items: readonly PreparedItem[],
  settings: ListeningSettingsRow,
  now: Date,
): Promise<{ id: string; ruleId: string }[]> {
  const wanted = items.flatMap((item) => {
    const reason = inboxReason(item.row, item.rules, settings);
    return reason ? [{ item, reason }] : [];
  });
  if (wanted.length === 0) return [];
  const used = await handoffsThisHour(tx.db, [...new Set(wanted.map((w) => w.reason.ruleId))], hourOf(now));
  const added = new Map<string, number>();
  const routed: { id: string; ruleId: string }[] = [];
  for (const { item, reason } of wanted) {
    const count = (used.get(reason.ruleId) ?? 0) + (added.get(reason.ruleId) ?? 0);
    if (count >= settings.inboxPerRulePerHour) {
      const heldBack = `${settings.inboxPerRulePerHour} mentions of "${reason.ruleName}" already went to the inbox this hour: this one waits in the stream and the outreach queue.`;
      item.row.explanation = { ...item.row.explanation, heldBack };
      continue;
    }
    added.set(reason.ruleId, (added.get(reason.ruleId) ?? 0) + 1);
    item.row.explanation = { ...item.row.explanation, routedBecause: reason.reason };
    routed.push({ id: item.row.id, ruleId: reason.ruleId });
  }
  return routed;
}

function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function countMatches(items: readonly PreparedItem[]): Map<string, number> {
  return countBy(items.flatMap((item) => item.row.ruleIds));
}

/**
 * The one way mentions come in, from every source: cleaned, keyed, enriched and matched outside
 * the transaction; then stored once each (a key already stored is skipped), counted into the
 * volume series, and — when a watch rule says so — queued for the inbox, all in one transaction,
 * so a batch is either wholly acknowledged or not at all.
 */
export async function ingestMentions(
  ctx: AppContext,
  source: SourceRow,
  mentions: readonly IncomingMention[],
  /** Runs first in the same transaction (a webhook remembers its signature there). */
  guard?: (tx: Tx) => Promise<void>,
): Promise<IngestOutcome> {
  const now = ctx.clock.now();
  const rules = await liveRules(ctx.database.db, Date.now());
  const { prepared, empty, repeated } = await prepareBatch(ctx, mentions, source, rules, now);
  const outcome = await ctx.database.transaction(async (tx) => {
    await guard?.(tx);
    const emails = prepared.flatMap((item) => (item.email ? [item.email] : []));
    const members = await userIdsByEmail(tx.db, emails);
    for (const item of prepared) item.row.memberId = item.email ? (members.get(item.email) ?? null) : null;
    const routedIds = await markForInbox(tx, prepared, await loadSettings(tx.db), now);
    const storedIds = await insertItems(
      tx.sql,
      prepared.map((item) => item.row),
    );
    const stored = prepared.filter((item) => storedIds.has(item.row.id));
    if (stored.length === 0) return { stored, routed: 0 };
    await addToBuckets(tx.sql, bucketDeltas(stored));
    await addMatchCounts(tx.sql, countMatches(stored));
    const newest = stored.reduce((max, item) => Math.max(max, item.row.publishedAt.getTime()), 0);
    await countSourceItems(tx.db, source.id, stored.length, new Date(newest));
    await stateMentionsStored(
      tx,
      ctx,
      stored.map((item) => item.row),
    );
    const routed = routedIds.filter((routing) => storedIds.has(routing.id));
    if (routed.length > 0) {
      await addHandoffs(tx.sql, countBy(routed.map((routing) => routing.ruleId)), hourOf(now));
      await ctx.jobs.send(tx, routeMentionsJob, { itemIds: routed.map((routing) => routing.id) });
    }
    await ctx.live.publish(tx, {
      type: listeningItemsChanged,
      audience: { roles: listeningRoles },
      data: {
        sourceId: source.id,
        stored: stored.length,
        itemIds: stored.slice(0, 50).map((item) => item.row.id),
      },
    });
    return { stored, routed: routed.length };
  });
  if (outcome.stored.length > 0) nudgeSpikeWatch(ctx);
  return {
    received: mentions.length,
    stored: outcome.stored.length,
    duplicates: prepared.length - outcome.stored.length + repeated,
    empty,
    routed: outcome.routed,
    itemIds: outcome.stored.map((item) => item.row.id),
  };
}
