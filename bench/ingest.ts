import { prepareMention } from '../src/modules/listening/prepare.ts';
import { insertItemRowsInto } from '../src/modules/listening/queries/items.ts';
import { liveRules, matchersOf } from '../src/modules/listening/rule-cache.ts';
import {
  checkSpikes,
  importMentions,
  importSource,
  type IncomingMention,
} from '../src/modules/listening/index.ts';
import { availableParallelism } from 'node:os';
import { prepareTarget, type BenchTarget } from './database.ts';
import { benchMention } from './ingest-data.ts';
import { benchBurst } from './ingest-burst.ts';
import { startIngestHearth, type IngestHearth } from './ingest-hearth.ts';
import { chunk, postAll } from './ingest-webhook.ts';
import { emit, log, round, type DbKind } from './output.ts';
import { treeCpuMs } from './processes.ts';

const batchSize = 1_000;
const webhookBatch = 500;
const webhookConcurrency = 4;

function rssMb(): number {
  return round(process.memoryUsage().rss / 1024 / 1024);
}

/** The same rows the pipeline stores, prepared up front, then only written: the floor to compare with. */
async function bareInsert(run: IngestHearth, mentions: readonly IncomingMention[]): Promise<number> {
  await run.database.sql.query('create table if not exists bench_bare_items (like listening_items)');
  const source = await importSource(run.hearth.ctx, 'Bench bare');
  const rules = await liveRules(run.database.db);
  const now = new Date();
  const matchers = matchersOf(rules);
  const rows = mentions.flatMap((mention) => prepareMention(mention, source, matchers, now)?.row ?? []);
  const started = performance.now();
  for (const batch of chunk(rows, batchSize))
    await run.database.transaction((tx) => insertItemRowsInto(tx.sql, 'bench_bare_items', batch));
  return rows.length / ((performance.now() - started) / 1000);
}

async function* asRows(mentions: readonly IncomingMention[]) {
  for (const [line, mention] of mentions.entries()) yield { line, mention };
}

async function timeImport(run: IngestHearth, mentions: readonly IncomingMention[]): Promise<number> {
  const source = await importSource(run.hearth.ctx, 'Bench import');
  const started = performance.now();
  const report = await importMentions(run.hearth.ctx, source, asRows(mentions));
  if (report.stored !== mentions.length)
    throw new Error(`import stored ${report.stored} of ${mentions.length}`);
  return mentions.length / ((performance.now() - started) / 1000);
}

/** A short import first, so the figures are of a running server: workers started, code compiled. */
async function warmUp(run: IngestHearth): Promise<void> {
  const source = await importSource(run.hearth.ctx, 'Bench warm-up');
  await importMentions(run.hearth.ctx, source, asRows(mentionsFor('warm', 3_000)));
}

/**
 * CPU time per item while `work` runs: this process (main thread and prepare workers; with PGlite
 * the database too) and, when the bench started the PostgreSQL server, the server's processes.
 * With both on one machine, the cores bound throughput at cores ÷ (CPU per item).
 */
async function withCpu<T>(target: BenchTarget, n: number, work: () => Promise<T>) {
  const app = process.cpuUsage();
  const db = target.serverPid === null ? null : treeCpuMs(target.serverPid);
  const result = await work();
  const appUsed = process.cpuUsage(app);
  const appUs = (appUsed.user + appUsed.system) / n;
  const dbUs =
    db === null || target.serverPid === null ? null : ((treeCpuMs(target.serverPid) - db) * 1000) / n;
  const cores = availableParallelism();
  return {
    result,
    cpu: {
      app_cpu_us_per_item: round(appUs),
      db_cpu_us_per_item: dbUs === null ? null : round(dbUs),
      cores,
      cpu_bound_items_per_s: round((cores * 1e6) / (appUs + (dbUs ?? 0))),
    },
  };
}

async function timeWebhook(run: IngestHearth, mentions: readonly IncomingMention[]) {
  const started = performance.now();
  const posted = await postAll(run, chunk(mentions, webhookBatch), webhookConcurrency);
  const seconds = (performance.now() - started) / 1000;
  const stored = posted.reduce((sum, post) => sum + post.stored, 0);
  if (stored !== mentions.length || posted.some((post) => !post.ok))
    throw new Error(`webhook stored ${stored} of ${mentions.length}`);
  const latencies = posted.map((post) => post.doneAt - post.sentAt).sort((a, b) => a - b);
  const at = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { perSecond: mentions.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** Published three months back, so the throughput runs stay out of the live series the burst is judged on. */
function mentionsFor(prefix: string, count: number): IncomingMention[] {
  const past = Date.now() - 90 * 24 * 3_600_000;
  return Array.from({ length: count }, (_, n) => benchMention(n, prefix, new Date(past + n * 1000)));
}

/** Three ordinary days before the burst (three mentions per five minutes), learnt by the detector. */
async function warmHistory(run: IngestHearth): Promise<void> {
  const end = Date.now() - 10 * 60_000;
  const mentions: IncomingMention[] = [];
  for (let t = end - 3 * 24 * 3_600_000, n = 0; t < end; t += 100_000, n += 1)
    mentions.push(benchMention(n, 'history', new Date(t)));
  const source = await importSource(run.hearth.ctx, 'Bench history');
  await importMentions(run.hearth.ctx, source, asRows(mentions));
  await checkSpikes(run.hearth.ctx);
  log(`Learnt ${mentions.length} mentions of history.`);
}

/** Part 1: items per second through the whole pipeline, by bulk import and by webhook, vs a bare INSERT. */
async function benchThroughput(run: IngestHearth, target: BenchTarget, n: number): Promise<void> {
  const { db } = target;
  log(`Bare batched INSERT of ${n} prepared rows…`);
  const baseline = await bareInsert(run, mentionsFor('bare', n));
  await warmUp(run);
  log(`Bulk import of ${n} mentions through the pipeline…`);
  const imported = await withCpu(target, n, () => timeImport(run, mentionsFor('import', n)));
  const common = { db, baseline: 'bare_batched_insert', baseline_value: round(baseline), n };
  const workers = run.hearth.ctx.config.listeningWorkers;
  emit({
    bench: 'ingest.import',
    metric: 'items_per_s',
    value: round(imported.result),
    rss_mb: rssMb(),
    ...common,
    goal: goalFor(db),
    ...imported.cpu,
    prepare_workers: workers ?? 'auto',
  });
  log(`Signed webhook, ${webhookConcurrency} clients × ${webhookBatch} mentions per request…`);
  const hooked = await withCpu(target, n, () => timeWebhook(run, mentionsFor('hook', n)));
  const webhook = hooked.result;
  emit({
    bench: 'ingest.webhook',
    metric: 'items_per_s',
    value: round(webhook.perSecond),
    p50_ms: webhook.p50,
    p99_ms: webhook.p99,
    rss_mb: rssMb(),
    ...common,
    goal: goalFor(db),
    batch: webhookBatch,
    ...hooked.cpu,
  });
}

function goalFor(db: DbKind): number {
  return db === 'pglite' ? 5_000 : 20_000;
}

/**
 * `hearth bench ingest`: mentions through dedupe, enrichment, storage, watch rules and the volume
 * series, by bulk import and by the signed webhook, next to a bare INSERT of the same rows; then a
 * 25× burst with the count of lost and duplicated mentions, the time to drain, and how long a
 * mention takes to become an alert.
 */
export async function benchIngest(db: DbKind): Promise<void> {
  const target = await prepareTarget(db);
  try {
    const pipeline = await startIngestHearth(target, false);
    try {
      await benchThroughput(pipeline, target, 20_000);
      await warmHistory(pipeline);
    } finally {
      await pipeline.close();
    }
    const live = await startIngestHearth(target, true);
    try {
      await benchBurst(live, db);
    } finally {
      await live.close();
    }
  } finally {
    await target.dispose();
  }
}
