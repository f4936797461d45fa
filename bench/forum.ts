import { setTimeout as delay } from 'node:timers/promises';
import { prepareTarget, type BenchTarget } from './database.ts';
import { startSameBody } from './forum-baseline.ts';
import {
  benchPassword,
  benchSpaces,
  forumServerEnv,
  prepareForum,
  vacuumAnalyze,
  type ForumData,
} from './forum-data.ts';
import {
  backgroundLoad,
  measureMix,
  measureWithCpu,
  type CpuLoadResult,
  type MixRequest,
  type MixResult,
} from './forum-load.ts';
import { emit, log, round, type DbKind } from './output.ts';
import { rssMb, stopChild } from './processes.ts';
import { maxRateLimitPerMinute, startHearth, startHello, type RunningServer } from './servers.ts';
import { Session } from './session.ts';

const pageSize = 100;
/** Threads whose first page holds a full 100 posts, read round-robin. */
const hotThreadCount = 20;
const multiConnections = 10;
const seconds = { multi: 10, single: 8 };

const searchQueries = [
  'export invoices csv',
  'two-factor code rejected',
  'webhook timeout',
  '"rate limit"',
  'calendar time zone',
  'saml okta sign-in',
  'duplicate contacts import',
  'push notifications phone',
  'custom domain certificate',
  'delete account -backup',
];

const similarTitles = [
  'How can I export invoices to a spreadsheet?',
  'My two-factor code is not accepted',
  'Webhook not delivered to our endpoint',
  'SSO login with Okta keeps looping',
  'We keep hitting the API rate limit',
  'Android app lost my offline edits',
  'Reset password email not received',
  'Question about upgrading our billing plan',
  'Importing contacts from Excel fails',
  'Certificate error on our custom help domain',
];

const replyPhrases = [
  'Thanks, I will try that tonight.',
  'Following this thread, we see the same on our side.',
  'The workaround above fixed it for us too.',
  'Could you share which version of the app you use?',
  'Restarting the sync from the settings page helped here.',
  'Still happening for me after the update, unfortunately.',
];

interface HelloRun {
  multi: CpuLoadResult;
  single: CpuLoadResult;
  rssMb: number;
}

interface Figure {
  bench: string;
  result: MixResult;
  rssMb: number;
  connections: number;
  extra: Record<string, unknown>;
}

interface CacheCheck {
  checks: number;
  fresh: number;
  stalePlain: number;
  staleConditional: number;
  /** Before each edit, the old ETag was answered with 304: the page really came from the cache. */
  servedFromCache: number;
  backgroundRequests: number;
  backgroundFailures: number;
}

const anonymousNote =
  `GET /api/threads/:id?page=1&pageSize=${pageSize} without a cookie, round-robin over ${hotThreadCount} threads ` +
  `of 100+ posts: visitors share the serialised page (AnonymousPageCache), every request gets the full body ` +
  `(no If-None-Match). Global rate limiter on with RATE_LIMIT_PER_MINUTE=${maxRateLimitPerMinute}.`;

/**
 * `hearth bench forum`: a forum of 2,000 threads and 50,000 replies, read and written over HTTP
 * through the real server, next to a bare node:http server measured before and after in the same run.
 */
export async function benchForum(db: DbKind): Promise<void> {
  const target = await prepareTarget(db);
  try {
    const data = await prepareForum(target);
    const before = await measureHello();
    const hearth = await startHearth(target, forumServerEnv);
    let measured: Measured;
    try {
      measured = await measureForum(hearth, data);
    } finally {
      await stopChild(hearth.child);
    }
    if (db === 'pglite') measured.figures.push(...(await measureVacuumed(target)));
    const after = await measureHello();
    emitSeed(data, db);
    for (const figure of measured.figures) emitFigure(figure, db, [before, after], measured.sameBody);
    emitCache(measured.cache, db);
  } finally {
    await target.dispose();
  }
}

/**
 * Search and similar questions again after a VACUUM ANALYZE, which PGlite never gets by itself (no
 * autovacuum, and Hearth runs none): what a maintenance job would bring. PostgreSQL's figures are
 * all taken after one (see prepareForum).
 */
async function measureVacuumed(target: BenchTarget): Promise<Figure[]> {
  log('PGlite: VACUUM ANALYZE with the server stopped, then search and similar again…');
  const vacuumSeconds = await vacuumAnalyze(target);
  const hearth = await startHearth(target, forumServerEnv);
  try {
    const note =
      'again after VACUUM ANALYZE threads, posts (server restarted): planner statistics and merged GIN ' +
      'pending lists, which a PGlite deployment never gets today (PGlite runs no autovacuum).';
    const figures: Figure[] = [];
    for (const [bench, paths, connections, extra] of [
      ['forum.search_vacuumed', searchPaths(), multiConnections, { queries: searchQueries.length }],
      ['forum.similar_vacuumed', similarPaths(), 1, { goal_p99_ms: 50, titles: similarTitles.length }],
    ] as const) {
      for (const path of paths) await expectOk(hearth.url, path);
      const result = await measureMix({
        label: `hearth ${bench}`,
        origin: hearth.url,
        requests: paths.map((path) => ({ path })),
        pid: hearth.child.pid,
        connections,
        seconds: connections === 1 ? seconds.single : seconds.multi,
      });
      figures.push({
        bench,
        result,
        rssMb: rssMb(hearth.child.pid),
        connections,
        extra: {
          ...extra,
          vacuum_analyze_s: round(vacuumSeconds, 2),
          note: `${bench.replace('_vacuumed', '')} ${note}`,
        },
      });
    }
    return figures;
  } finally {
    await stopChild(hearth.child);
  }
}

function searchPaths(): string[] {
  return searchQueries.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
}

function similarPaths(): string[] {
  return similarTitles.map((title) => `/api/similar?title=${encodeURIComponent(title)}`);
}

interface SameBodyRun {
  multi: CpuLoadResult;
  single: CpuLoadResult;
}

/** Bare node:http sending the very bodies of the anonymous pages, measured just before Hearth serves them. */
async function measureSameBody(bodies: string[]): Promise<SameBodyRun> {
  const server = await startSameBody(bodies);
  try {
    const url = `${server.url}/`;
    const pid = server.child.pid;
    const multi = await measureWithCpu(pid, {
      label: 'node_http_same_body',
      url,
      connections: multiConnections,
      seconds: seconds.multi,
    });
    const single = await measureWithCpu(pid, {
      label: 'node_http_same_body (1 client)',
      url,
      connections: 1,
      seconds: seconds.single,
    });
    return { multi, single };
  } finally {
    await stopChild(server.child);
    server.dispose();
  }
}

async function measureHello(): Promise<HelloRun> {
  const hello = await startHello();
  try {
    await delay(500);
    const url = `${hello.url}/`;
    const pid = hello.child.pid;
    const multi = await measureWithCpu(pid, {
      label: 'node_http_hello',
      url,
      connections: multiConnections,
      seconds: seconds.multi,
    });
    const single = await measureWithCpu(pid, {
      label: 'node_http_hello (1 client)',
      url,
      connections: 1,
      seconds: seconds.single,
    });
    return { multi, single, rssMb: rssMb(pid) };
  } finally {
    await stopChild(hello.child);
  }
}

interface Client {
  cookie: string;
  csrf: string;
}

async function signIn(origin: string, email: string): Promise<Client> {
  const session = new Session(origin);
  const response = await session.post('/api/auth/signin', { email, password: benchPassword });
  if (response.status !== 200)
    throw new Error(`Sign-in of ${email}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  // The token for the CSRF secret this session's cookie now holds.
  const csrf = await session.get('/api/auth/csrf');
  const { token } = (await csrf.json()) as { token: string };
  return { cookie: session.cookieHeader, csrf: token };
}

function writeHeaders(client: Client): Record<string, string> {
  return { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' };
}

/** One request before the run: the mix must answer 200 (and find something) or the figure means nothing. */
async function expectOk(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(`${origin}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

interface Measured {
  figures: Figure[];
  cache: CacheCheck;
  sameBody: SameBodyRun;
}

async function measureForum(hearth: RunningServer, data: ForumData): Promise<Measured> {
  const origin = hearth.url;
  const pid = hearth.child.pid;
  const hot = data.threads.filter((thread) => thread.postCount >= pageSize).slice(0, hotThreadCount);
  if (hot.length < hotThreadCount)
    throw new Error(`Only ${hot.length} threads of ${pageSize}+ posts were seeded`);
  const pagePaths = hot.map((thread) => `/api/threads/${thread.id}?page=1&pageSize=${pageSize}`);
  const bodies: string[] = [];
  for (const path of pagePaths) {
    const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    const posts = response.status === 200 ? (JSON.parse(body) as { posts: unknown[] }).posts.length : 0;
    if (posts !== pageSize) throw new Error(`GET ${path}: ${response.status} with ${posts} posts`);
    bodies.push(body);
  }
  const sameBody = await measureSameBody(bodies);

  const members = data.users.filter((user) => user.role === 'member');
  const reader = await signIn(origin, members[0]?.email ?? '');
  const figures: Figure[] = [];
  const run = async (
    bench: string,
    requests: MixRequest[],
    options: { connections?: number; headers?: Record<string, string>; extra: Record<string, unknown> },
  ) => {
    const connections = options.connections ?? multiConnections;
    const result = await measureMix({
      label: `hearth ${bench}`,
      origin,
      requests,
      pid,
      connections,
      seconds: connections === 1 ? seconds.single : seconds.multi,
      ...(options.headers ? { headers: options.headers } : {}),
    });
    figures.push({ bench, result, rssMb: rssMb(pid), connections, extra: options.extra });
  };
  const gets = (paths: string[]) => paths.map((path) => ({ path }));

  await run('forum.thread_page_anonymous', gets(pagePaths), {
    extra: { goal_ratio: 0.5, page_size: pageSize, threads: hot.length, note: anonymousNote },
  });
  await run('forum.thread_page_anonymous_single', gets(pagePaths), {
    connections: 1,
    extra: {
      goal_p99_ms: 25,
      page_size: pageSize,
      threads: hot.length,
      note: `${anonymousNote} One client.`,
    },
  });

  await expectOk(origin, pagePaths[0] ?? '', { cookie: reader.cookie });
  await run('forum.thread_page_signed_in', gets(pagePaths), {
    headers: { cookie: reader.cookie },
    extra: {
      page_size: pageSize,
      threads: hot.length,
      note: 'The same pages for a signed-in member: session lookup, per-viewer permissions and helpful marks, no shared cache.',
    },
  });

  const spacePaths = benchSpaces.map((space) => `/api/spaces/${space.slug}/threads`);
  for (const path of spacePaths) await expectOk(origin, path);
  await run('forum.space_list', gets(spacePaths), {
    extra: {
      note: `GET /api/spaces/:slug/threads (first 30, pinned then most recent) of ${benchSpaces.map((s) => s.slug).join(' and ')}, anonymous.`,
    },
  });

  for (const path of searchPaths()) {
    const hits = (await expectOk(origin, path)) as { items: unknown[] };
    if (hits.items.length === 0) throw new Error(`${path} finds nothing`);
  }
  await run('forum.search', gets(searchPaths()), {
    extra: {
      queries: searchQueries.length,
      note:
        'GET /api/search?q= round-robin over web-search queries (words, a quoted phrase, an exclusion): ranked ' +
        `threads and replies, highlighted, 20 hits, anonymous. Database maintenance: ${data.seed.maintenance}.`,
    },
  });

  for (const path of similarPaths()) {
    const hits = (await expectOk(origin, path)) as { items: unknown[] };
    if (hits.items.length === 0) throw new Error(`${path} finds nothing`);
  }
  await run('forum.similar', gets(similarPaths()), {
    connections: 1,
    extra: {
      goal_p99_ms: 50,
      titles: similarTitles.length,
      note:
        'GET /api/similar?title= one client, as the composer calls it while someone types; titles phrased unlike ' +
        `the seeded ones. Database maintenance: ${data.seed.maintenance}.`,
    },
  });

  const cache = await checkCacheAfterEdits(origin, data, hot, pagePaths);

  const posters = await Promise.all(members.slice(1, 11).map((member) => signIn(origin, member.email)));
  const targets = shuffled(data.threads.map((thread) => thread.id));
  let next = 0;
  const replies: MixRequest[] = [
    {
      build: () => {
        const n = next++;
        const poster = posters[n % posters.length] as Client;
        return {
          method: 'POST',
          path: `/api/threads/${targets[n % targets.length]}/replies`,
          headers: writeHeaders(poster),
          body: JSON.stringify({ body: `${replyPhrases[n % replyPhrases.length]} (${n})` }),
        };
      },
    },
  ];
  await run('forum.reply_post', replies, {
    extra: {
      posters: posters.length,
      note:
        `POST /api/threads/:id/replies with session cookie and CSRF token, ${posters.length} members (joined long ago, ` +
        `so the new-member sandbox of 10 posts/hour does not apply) spread over all ${data.threads.length} threads. ` +
        `No per-user limit applies to replies; the global per-IP limiter runs with RATE_LIMIT_PER_MINUTE=${maxRateLimitPerMinute}. ` +
        `AUTH_RATE_LIMIT_PER_MINUTE=${forumServerEnv.AUTH_RATE_LIMIT_PER_MINUTE} only lets the bench sign its members in from one address.`,
    },
  });
  return { figures, cache, sameBody };
}

/**
 * While other visitors keep reading, edit the opening post of a cached page and read it at once:
 * both a plain GET and one with the old ETag must show the new words. Alternates which comes first,
 * so the conditional request sometimes meets the emptied cache and sometimes a refilled one.
 */
async function checkCacheAfterEdits(
  origin: string,
  data: ForumData,
  hot: ForumData['threads'],
  pagePaths: string[],
): Promise<CacheCheck> {
  log('Cache check: edit opening posts of cached pages while 4 clients keep reading…');
  const background = await backgroundLoad({
    origin,
    requests: pagePaths.map((path) => ({ path })),
    connections: 4,
  });
  const result: CacheCheck = {
    checks: 0,
    fresh: 0,
    stalePlain: 0,
    staleConditional: 0,
    servedFromCache: 0,
    backgroundRequests: 0,
    backgroundFailures: 0,
  };
  try {
    await delay(1000);
    const emails = new Map(data.users.map((user) => [user.id, user.email]));
    const clients = new Map<string, Client>();
    for (const [i, thread] of hot.slice(0, 10).entries()) {
      const url = `${origin}${pagePaths[i]}`;
      let author = clients.get(thread.authorId);
      if (!author) {
        author = await signIn(origin, emails.get(thread.authorId) ?? '');
        clients.set(thread.authorId, author);
      }
      const first = await fetch(url);
      const etag = first.headers.get('etag') ?? '';
      await first.arrayBuffer();
      const revalidated = await fetch(url, { headers: { 'if-none-match': etag } });
      await revalidated.arrayBuffer();
      if (revalidated.status === 304) result.servedFromCache += 1;

      const words = `Edited for the cache check, round ${i}, ${Date.now().toString(36)}.`;
      const edit = await fetch(`${origin}/api/posts/${thread.openingPostId}`, {
        method: 'PATCH',
        headers: writeHeaders(author),
        body: JSON.stringify({ body: words }),
      });
      if (edit.status !== 200)
        throw new Error(`Editing a post answered ${edit.status}: ${await edit.text()}`);
      await edit.arrayBuffer();

      const plain = async () => {
        const response = await fetch(url);
        return response.status === 200 && firstPostHas(await response.text(), words);
      };
      const conditional = async () => {
        const response = await fetch(url, { headers: { 'if-none-match': etag } });
        return response.status === 200 && firstPostHas(await response.text(), words);
      };
      let plainOk: boolean;
      let conditionalOk: boolean;
      if (i % 2 === 0) {
        plainOk = await plain();
        conditionalOk = await conditional();
      } else {
        conditionalOk = await conditional();
        plainOk = await plain();
      }
      result.checks += 1;
      if (!plainOk) result.stalePlain += 1;
      if (!conditionalOk) result.staleConditional += 1;
      if (plainOk && conditionalOk) result.fresh += 1;
    }
  } finally {
    const load = await background.stop();
    result.backgroundRequests = load.requests;
    result.backgroundFailures = load.failures;
  }
  return result;
}

function firstPostHas(body: string, words: string): boolean {
  const page = JSON.parse(body) as { posts: { number: number; html: string }[] };
  return page.posts[0]?.number === 1 && page.posts[0].html.includes(words);
}

/** A fixed shuffle (the replies land all over the forum, the same way on every run). */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let state = 7;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function emitSeed(data: ForumData, db: DbKind): void {
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

function emitFigure(figure: Figure, db: DbKind, hello: HelloRun[], sameBody: SameBodyRun): void {
  const pickRun = (h: HelloRun) => (figure.connections === 1 ? h.single : h.multi);
  const mean = (value: (h: HelloRun) => number) => hello.reduce((sum, h) => sum + value(h), 0) / hello.length;
  const { result } = figure;
  const baselineValue = round(
    mean((h) => pickRun(h).reqPerS),
    0,
  );
  const goalRatio = figure.extra.goal_ratio;
  const goalP99 = figure.extra.goal_p99_ms;
  const goals: boolean[] = [];
  if (typeof goalRatio === 'number') goals.push(result.reqPerS / baselineValue >= goalRatio);
  if (typeof goalP99 === 'number') goals.push(result.p99Ms <= goalP99);
  emit({
    bench: figure.bench,
    metric: 'req_per_s',
    value: result.reqPerS,
    p50_ms: result.p50Ms,
    p99_ms: result.p99Ms,
    rss_mb: round(figure.rssMb),
    db,
    baseline: 'node_http_hello',
    baseline_value: baselineValue,
    n: result.n,
    ...figure.extra,
    ...(goals.length > 0 ? { goal_met: goals.every(Boolean) } : {}),
    ...(figure.bench.startsWith('forum.thread_page_anonymous') ? sameBodyFields(figure, sameBody) : {}),
    connections: figure.connections,
    failed: result.failures,
    baseline_runs: hello.map((h) => pickRun(h).reqPerS),
    baseline_p50_ms: round(
      mean((h) => pickRun(h).p50Ms),
      2,
    ),
    baseline_p99_ms: round(
      mean((h) => pickRun(h).p99Ms),
      2,
    ),
    baseline_rss_mb: round(mean((h) => h.rssMb)),
    mean_response_bytes: result.meanBytes,
    server_cpu_us_per_req: round(result.cpuUsPerReq, 1),
    baseline_server_cpu_us_per_req: round(
      mean((h) => pickRun(h).cpuUsPerReq),
      1,
    ),
    client_cpu_us_per_req: round(result.clientCpuUsPerReq, 1),
    baseline_client_cpu_us_per_req: round(
      mean((h) => pickRun(h).clientCpuUsPerReq),
      1,
    ),
  });
}

/** The page figures next to bare node:http sending the same bodies: Hearth's own overhead, apart from the bytes. */
function sameBodyFields(figure: Figure, sameBody: SameBodyRun): Record<string, unknown> {
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

function emitCache(cache: CacheCheck, db: DbKind): void {
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
