import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import type { SpikeState } from '../spikes/index.ts';
import { buckets, detectors } from '../tables.ts';

export type BucketRow = typeof buckets.$inferSelect;
export type DetectorRow = typeof detectors.$inferSelect;

export interface BucketDelta {
  series: string;
  bucketStart: Date;
  items: number;
  negative: number;
  sentimentSum: number;
}

/** Adds a batch's counts to its buckets in one statement. */
export async function addToBuckets(sqlClient: SqlClient, deltas: readonly BucketDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await sqlClient.query(
    `insert into listening_buckets (series, bucket_start, items, negative, sentiment_sum)
     select * from unnest($1::text[], $2::timestamptz[], $3::int[], $4::int[], $5::real[])
     on conflict (series, bucket_start) do update set
       items = listening_buckets.items + excluded.items,
       negative = listening_buckets.negative + excluded.negative,
       sentiment_sum = listening_buckets.sentiment_sum + excluded.sentiment_sum`,
    [
      deltas.map((delta) => delta.series),
      deltas.map((delta) => delta.bucketStart.toISOString()),
      deltas.map((delta) => delta.items),
      deltas.map((delta) => delta.negative),
      deltas.map((delta) => delta.sentimentSum),
    ],
  );
}

export async function bucketsBetween(db: Db, series: string, from: Date, to: Date): Promise<BucketRow[]> {
  return db
    .select()
    .from(buckets)
    .where(and(eq(buckets.series, series), gte(buckets.bucketStart, from), lt(buckets.bucketStart, to)))
    .orderBy(buckets.bucketStart);
}

/** Every series with a bucket since `from`, and its first bucket since then. */
export async function activeSeries(db: Db, from: Date): Promise<{ series: string; first: Date }[]> {
  const rows = await db
    .select({ series: buckets.series, first: sql<string>`min(${buckets.bucketStart})` })
    .from(buckets)
    .where(gte(buckets.bucketStart, from))
    .groupBy(buckets.series);
  return rows.map((row) => ({ series: row.series, first: new Date(row.first) }));
}

export async function detectorsOf(db: Db, series: readonly string[]): Promise<DetectorRow[]> {
  if (series.length === 0) return [];
  return db
    .select()
    .from(detectors)
    .where(inArray(detectors.series, [...series]));
}

export async function saveDetector(
  db: Db,
  series: string,
  state: SpikeState,
  judgedUntil: Date,
  now: Date,
): Promise<void> {
  await db
    .insert(detectors)
    .values({ series, state, judgedUntil, updatedAt: now })
    .onConflictDoUpdate({ target: detectors.series, set: { state, judgedUntil, updatedAt: now } });
}

/** A rule re-run over history starts its series again. */
export async function dropSeries(db: Db, series: readonly string[]): Promise<void> {
  await db.delete(buckets).where(inArray(buckets.series, [...series]));
  await db.delete(detectors).where(inArray(detectors.series, [...series]));
}

/** Rebuilds a rule's buckets from the items that match it. */
export async function rebuildRuleBuckets(sqlClient: SqlClient, ruleId: string): Promise<void> {
  const bucket = `to_timestamp(floor(extract(epoch from published_at) / 300) * 300)`;
  for (const [series, filter] of [
    [`rule:${ruleId}`, 'true'],
    [`rule:${ruleId}:negative`, `sentiment_label = 'negative'`],
  ] as const)
    await sqlClient.query(
      `insert into listening_buckets (series, bucket_start, items, negative, sentiment_sum)
       select $1, ${bucket}, count(*)::int, count(*) filter (where sentiment_label = 'negative')::int,
              coalesce(sum(sentiment), 0)
       from listening_items where rule_ids @> array[$2::uuid] and ${filter}
       group by 2`,
      [series, ruleId],
    );
}
