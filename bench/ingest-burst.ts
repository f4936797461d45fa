import { setTimeout as delay } from 'node:timers/promises';
import type { IncomingMention } from '../src/modules/listening/index.ts';
import { burstMention } from './ingest-data.ts';
import type { IngestHearth } from './ingest-hearth.ts';
import { chunk, postBatch, type Posted } from './ingest-webhook.ts';
import { emit, log, round, type DbKind } from './output.ts';

const burstSize = 40_000;
const burstSeconds = 10;
const requestSize = 500;
/** One mention in twenty is delivered twice (retries, overlapping sources): stored once. */
const repeatEvery = 20;

function burstBatches(start: Date): IncomingMention[][] {
  const mentions: IncomingMention[] = [];
  for (let n = 0; mentions.length < burstSize; n += 1) {
    const at = new Date(start.getTime() + (n / burstSize) * burstSeconds * 1000);
    mentions.push(burstMention(n, at));
    if (n % repeatEvery === 0 && mentions.length < burstSize)
      mentions.push(burstMention(Math.max(0, n - 7), at));
  }
  return chunk(mentions, requestSize);
}

async function count(run: IngestHearth, query: string, params: unknown[] = []): Promise<number> {
  const result = await run.database.sql.query<{ n: number | null }>(query, params);
  return Number(result.rows[0]?.n ?? 0);
}

/** Polls until the query counts at least one (or zero, when `untilZero`), up to `limitMs`. */
async function waitFor(
  run: IngestHearth,
  query: string,
  untilZero: boolean,
  limitMs: number,
): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const value = await count(run, query);
    if (untilZero ? value === 0 : value > 0) return performance.now();
    await delay(100);
  }
  return null;
}

/** Sends the burst on schedule (a request every 125 ms), not waiting for answers before the next. */
async function sendBurst(run: IngestHearth, batches: IncomingMention[][]): Promise<Posted[]> {
  const interval = (burstSeconds * 1000) / batches.length;
  const started = performance.now();
  const pending: Promise<Posted>[] = [];
  for (const [i, batch] of batches.entries()) {
    const wait = started + i * interval - performance.now();
    if (wait > 0) await delay(wait);
    pending.push(postBatch(run, batch));
  }
  return Promise.all(pending);
}

/**
 * The 25× burst (40,000 mentions in 10 s through the signed webhook, 5% of them repeats): lost
 * and duplicated mentions, the time until the last one is acknowledged (stored) after the burst
 * ends, until the inbox has opened every conversation it asked for, and from the first mention of
 * the burst to the alert it causes.
 */
export async function benchBurst(run: IngestHearth, db: DbKind): Promise<void> {
  const alertsBefore = await count(run, 'select count(*)::int as n from listening_alerts');
  const batches = burstBatches(new Date());
  log(`Burst: ${burstSize} mentions in ${burstSeconds} s, ${batches.length} signed requests…`);
  const started = performance.now();
  const alertWatch = waitFor(
    run,
    `select count(*)::int - ${alertsBefore} as n from listening_alerts`,
    false,
    120_000,
  );
  const posted = await sendBurst(run, batches);
  const lastAck = Math.max(...posted.map((post) => post.doneAt));
  const acked = batches.filter((_, i) => posted[i]?.ok).flat();
  const ackedIds = [...new Set(acked.map((mention) => mention.externalId as string))];
  const stored = await count(
    run,
    `select count(*)::int as n from listening_items where split_part(dedupe_key, ':', 3) = any($1::text[])`,
    [ackedIds],
  );
  const duplicates = await count(
    run,
    `select (count(*) - count(distinct url))::int as n from listening_items where url like 'https://social.example/burst/%'`,
  );
  const alertAt = await alertWatch;
  log('Waiting for the inbox to open the conversations the burst asked for…');
  const inboxDone = await waitFor(
    run,
    `select count(*)::int as n from listening_items where conversation_id is null and explanation->>'routedBecause' is not null`,
    true,
    300_000,
  );
  const latencies = posted.map((post) => post.doneAt - post.sentAt).sort((a, b) => a - b);
  emit({
    bench: 'ingest.burst',
    metric: 'lost_items',
    value: ackedIds.length - stored,
    p50_ms: round(latencies[Math.floor(latencies.length / 2)] ?? 0),
    p99_ms: round(latencies[Math.floor(latencies.length * 0.99)] ?? 0),
    db,
    baseline: 'acknowledged_unique_items',
    baseline_value: ackedIds.length,
    ratio: 0,
    n: burstSize,
    duplicated_items: duplicates,
    refused_requests: posted.filter((post) => !post.ok).length,
    drain_s: round(Math.max(0, lastAck - started - burstSeconds * 1000) / 1000, 2),
    inbox_drain_s: inboxDone === null ? null : round((inboxDone - started) / 1000, 1),
  });
  emit({
    bench: 'ingest.alert',
    metric: 'mention_to_alert_ms',
    value: alertAt === null ? -1 : round(alertAt - started),
    db,
    baseline: 'detector_interval_ms',
    baseline_value: 300_000,
    n: 1,
  });
}
