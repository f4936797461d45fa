import type { BaselineRun, HelloRun } from './forum-baseline.ts';
import type { CacheCheck } from './forum-cache-check.ts';
import type { CpuLoadResult } from './forum-load.ts';
import type { ForumData } from './forum-data.ts';
import type { Figure } from './forum-measure.ts';
import { emit, round, type DbKind } from './output.ts';

/** The JSON lines of `hearth bench forum`, one per figure (see DESIGN.md §5 for the fixed fields). */
export function emitSeed(data: ForumData, db: DbKind): void {
  const { seed } = data;
  const rows = seed.threads + seed.replies;
  emit({
    bench: 'forum.seed',
    metric: 'seconds',
    value: seed.seconds,
    db,
    baseline: 'none',
    baseline_value: 0,
    ratio: 0,
    n: rows,
    threads: seed.threads,
    replies: seed.replies,
    posts_per_s: round(rows / seed.seconds, 0),
    accepted_answers: seed.accepted,
    users: seed.users,
    maintenance: seed.maintenance,
    note:
      'Setup, not a claim: bulkSeedForum with the server stopped (Markdown rendered per post, multi-row inserts in ' +
      'one transaction, full-text and trigram indexes maintained as rows go in).',
  });
}

export function emitFigure(figure: Figure, db: DbKind, hello: HelloRun[], sameBody: BaselineRun): void {
  const { result } = figure;
  const baseline = helloMeans(hello, figure.connections);
  emit({
    bench: figure.bench,
    metric: 'req_per_s',
    value: result.reqPerS,
    p50_ms: result.p50Ms,
    p99_ms: result.p99Ms,
    rss_mb: round(figure.rssMb),
    db,
    baseline: 'node_http_hello',
    baseline_value: baseline.reqPerS,
    n: result.n,
    ...figure.extra,
    ...goalFields(figure, baseline.reqPerS),
    ...(figure.bench.startsWith('forum.thread_page_anonymous') ? sameBodyFields(figure, sameBody) : {}),
    connections: figure.connections,
    failed: result.failures,
    baseline_runs: baseline.runs,
    baseline_p50_ms: baseline.p50Ms,
    baseline_p99_ms: baseline.p99Ms,
    baseline_rss_mb: baseline.rssMb,
    mean_response_bytes: result.meanBytes,
    server_cpu_us_per_req: round(result.cpuUsPerReq, 1),
    baseline_server_cpu_us_per_req: baseline.cpuUsPerReq,
    client_cpu_us_per_req: round(result.clientCpuUsPerReq, 1),
    baseline_client_cpu_us_per_req: baseline.clientCpuUsPerReq,
  });
}

/** The hello baseline runs (before and after) with as many clients as the figure, averaged. */
function helloMeans(hello: HelloRun[], connections: number) {
  const runs = hello.map((h) => (connections === 1 ? h.single : h.multi));
  const mean = (value: (run: CpuLoadResult) => number, digits: number) =>
    round(runs.reduce((sum, run) => sum + value(run), 0) / runs.length, digits);
  return {
    reqPerS: mean((run) => run.reqPerS, 0),
    runs: runs.map((run) => run.reqPerS),
    p50Ms: mean((run) => run.p50Ms, 2),
    p99Ms: mean((run) => run.p99Ms, 2),
    rssMb: round(hello.reduce((sum, h) => sum + h.rssMb, 0) / hello.length),
    cpuUsPerReq: mean((run) => run.cpuUsPerReq, 1),
    clientCpuUsPerReq: mean((run) => run.clientCpuUsPerReq, 1),
  };
}

/** goal_met when the figure sets a goal (a ratio to the hello baseline, or a p99 in ms). */
function goalFields(figure: Figure, baselineValue: number): { goal_met?: boolean } {
  const goals: boolean[] = [];
  const { goal_ratio: goalRatio, goal_p99_ms: goalP99 } = figure.extra;
  if (typeof goalRatio === 'number') goals.push(figure.result.reqPerS / baselineValue >= goalRatio);
  if (typeof goalP99 === 'number') goals.push(figure.result.p99Ms <= goalP99);
  return goals.length > 0 ? { goal_met: goals.every(Boolean) } : {};
}

/** The page figures next to bare node:http sending the same bodies: Hearth's own overhead, apart from the bytes. */
function sameBodyFields(figure: Figure, sameBody: BaselineRun): Record<string, unknown> {
  const run = figure.connections === 1 ? sameBody.single : sameBody.multi;
  return {
    same_body_baseline: 'node_http_same_body',
    same_body_value: run.reqPerS,
    same_body_p99_ms: run.p99Ms,
    same_body_ratio: run.reqPerS > 0 ? round(figure.result.reqPerS / run.reqPerS, 3) : 0,
    same_body_server_cpu_us_per_req: round(run.cpuUsPerReq, 1),
    same_body_client_cpu_us_per_req: round(run.clientCpuUsPerReq, 1),
  };
}

export function emitCache(cache: CacheCheck, db: DbKind): void {
  emit({
    bench: 'forum.cache_correct_after_edit',
    metric: 'fresh_after_edit',
    value: cache.fresh === cache.checks ? 1 : 0,
    db,
    baseline: 'expected',
    baseline_value: 1,
    n: cache.checks,
    fresh: cache.fresh,
    stale_plain: cache.stalePlain,
    stale_if_none_match: cache.staleConditional,
    cached_before_edit: cache.servedFromCache,
    background_reads: cache.backgroundRequests,
    background_failed: cache.backgroundFailures,
    note:
      'Per round: read a 100-post page anonymously (its old ETag then answers 304: cached), PATCH the opening ' +
      'post as its author, read again at once, plainly and with If-None-Match: old ETag; both must be 200 with ' +
      'the new words. 4 anonymous clients read the same pages throughout. value 1 = every round fresh, 0 = stale.',
  });
}
