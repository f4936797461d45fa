import { setTimeout as delay } from 'node:timers/promises';
import { benchColdStart } from './cold-start.ts';
import { prepareTarget, type BenchTarget } from './database.ts';
import { benchIdleRss } from './idle-rss.ts';
import { measure, type LoadResult } from './load.ts';
import { emit, log, round, type DbKind } from './output.ts';
import { cpuMs, rssMb, stopChild } from './processes.ts';
import { maxRateLimitPerMinute, startHearth, startHello } from './servers.ts';
import { Session } from './session.ts';

interface HelloRun {
  load: LoadResult;
  /** Server CPU time per request, in microseconds: what the server itself spent. */
  cpuUsPerReq: number;
  /** RSS of the hello process after 1 s idle, before any load. */
  idleRssMb: number;
  loadedRssMb: number;
}

interface HearthRun {
  bench: string;
  load: LoadResult;
  cpuUsPerReq: number;
  rssMb: number;
  extra: Record<string, unknown>;
}

const healthNote =
  `GET /api/health through the whole stack: security headers, cookies, the CSRF hook, the global rate ` +
  `limiter (RATE_LIMIT_PER_MINUTE=${maxRateLimitPerMinute}, so it never trips), the auth hook (no cookie: ` +
  `no query) and the reply serializer compiled from the zod schema.`;
const meNote =
  `The global rate limiter runs on every request with RATE_LIMIT_PER_MINUTE=${maxRateLimitPerMinute} ` +
  `(the config maximum), so it never trips; each request looks the session up in the database.`;

/**
 * `hearth bench http`: the full stack next to a bare node:http server, in one run. The baseline
 * is measured before and after the Hearth runs and averaged, so a machine that gets busier or
 * quieter during the run moves both sides of the ratio alike.
 */
export async function benchHttp(db: DbKind): Promise<void> {
  const target = await prepareTarget(db);
  try {
    const before = await measureHello();
    const firstStartMs = await firstStart(target);
    const runs = await measureHearth(target);
    const after = await measureHello();
    for (const run of runs) emitRun(run, target.db, [before, after]);
    await benchColdStart(target, firstStartMs);
    await benchIdleRss(target, before.idleRssMb);
  } finally {
    await target.dispose();
  }
}

async function measureHello(): Promise<HelloRun> {
  const hello = await startHello();
  try {
    await delay(1000);
    const idleRssMb = rssMb(hello.child.pid);
    const { load, cpuUsPerReq } = await measureWithCpu(hello.child.pid, {
      label: 'node_http_hello',
      url: `${hello.url}/`,
    });
    return { load, cpuUsPerReq, idleRssMb, loadedRssMb: rssMb(hello.child.pid) };
  } finally {
    await stopChild(hello.child);
  }
}

/**
 * Creates, migrates and seeds the data, then stops. Measuring a later process instead keeps the
 * one-off cost of creating the data dir (PGlite's WASM memory grows during initdb and never
 * shrinks) out of the request figures, as in a deployment that has restarted at least once.
 */
async function firstStart(target: BenchTarget): Promise<number> {
  log(`Starting Hearth on a new ${target.db} database (migrates and seeds the demo)…`);
  const hearth = await startHearth(target);
  log(`First start (create + migrate + seed): ${Math.round(hearth.startMs)} ms`);
  await stopChild(hearth.child);
  return hearth.startMs;
}

async function measureHearth(target: BenchTarget): Promise<HearthRun[]> {
  const hearth = await startHearth(target);
  try {
    const health = await measureWithCpu(hearth.child.pid, {
      label: 'hearth GET /api/health',
      url: `${hearth.url}/api/health`,
    });
    const healthRss = rssMb(hearth.child.pid);
    const session = new Session(hearth.url);
    await session.signInAsAdmin();
    const check = await session.get('/api/me');
    await check.arrayBuffer();
    if (check.status !== 200) throw new Error(`GET /api/me with the session answered ${check.status}`);
    const me = await measureWithCpu(hearth.child.pid, {
      label: 'hearth GET /api/me (signed in)',
      url: `${hearth.url}/api/me`,
      headers: { cookie: session.cookieHeader },
    });
    return [
      {
        bench: 'http.trivial_route',
        load: health.load,
        cpuUsPerReq: health.cpuUsPerReq,
        rssMb: healthRss,
        extra: { goal_ratio: 0.6, note: healthNote },
      },
      {
        bench: 'http.me_authenticated',
        load: me.load,
        cpuUsPerReq: me.cpuUsPerReq,
        rssMb: rssMb(hearth.child.pid),
        extra: { note: meNote },
      },
    ];
  } finally {
    await stopChild(hearth.child);
  }
}

function emitRun(run: HearthRun, db: DbKind, hello: HelloRun[]): void {
  const mean = (pick: (h: HelloRun) => number) => hello.reduce((sum, h) => sum + pick(h), 0) / hello.length;
  emit({
    bench: run.bench,
    metric: 'req_per_s',
    value: run.load.reqPerS,
    p50_ms: run.load.p50Ms,
    p99_ms: run.load.p99Ms,
    rss_mb: round(run.rssMb),
    db,
    baseline: 'node_http_hello',
    baseline_value: round(
      mean((h) => h.load.reqPerS),
      0,
    ),
    n: run.load.n,
    baseline_runs: hello.map((h) => h.load.reqPerS),
    baseline_p50_ms: round(
      mean((h) => h.load.p50Ms),
      2,
    ),
    baseline_p99_ms: round(
      mean((h) => h.load.p99Ms),
      2,
    ),
    baseline_rss_mb: round(mean((h) => h.loadedRssMb)),
    failed: run.load.failures,
    // Throughput on a 2-core machine also measures the load generator, which shares the CPU; the
    // server's own CPU time per request is the figure that speaks only of the server.
    server_cpu_us_per_req: round(run.cpuUsPerReq, 1),
    baseline_server_cpu_us_per_req: round(
      mean((h) => h.cpuUsPerReq),
      1,
    ),
    cpu_ratio: round(mean((h) => h.cpuUsPerReq) / run.cpuUsPerReq, 3),
    connections: 10,
    ...run.extra,
  });
}

async function measureWithCpu(
  pid: number,
  options: Parameters<typeof measure>[0],
): Promise<{ load: LoadResult; cpuUsPerReq: number }> {
  let before = 0;
  const load = await measure({ ...options, onMeasuring: () => (before = cpuMs(pid)) });
  const spentMs = cpuMs(pid) - before;
  return { load, cpuUsPerReq: load.n > 0 ? (spentMs * 1000) / load.n : 0 };
}
