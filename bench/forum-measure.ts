import { expectOk, signIn, writeHeaders, type Client } from './forum-client.ts';
import { benchSpaces, forumServerEnv, type ForumData } from './forum-data.ts';
import { measureMix, multiConnections, secondsFor, type MixRequest, type MixResult } from './forum-load.ts';
import { rssMb } from './processes.ts';
import { maxRateLimitPerMinute, type RunningServer } from './servers.ts';

/** One measured figure of `hearth bench forum`, before it is shaped into a JSON line (forum-emit.ts). */
export interface Figure {
  bench: string;
  result: MixResult;
  rssMb: number;
  connections: number;
  extra: Record<string, unknown>;
}

interface FigureRun {
  bench: string;
  requests: MixRequest[];
  connections?: number;
  headers?: Record<string, string>;
  extra: Record<string, unknown>;
}

/** A mix of requests against the running Hearth, with its CPU time and memory. */
async function measureFigure(hearth: RunningServer, run: FigureRun): Promise<Figure> {
  const connections = run.connections ?? multiConnections;
  const result = await measureMix({
    label: `hearth ${run.bench}`,
    origin: hearth.url,
    requests: run.requests,
    pid: hearth.child.pid,
    connections,
    seconds: secondsFor(connections),
    ...(run.headers ? { headers: run.headers } : {}),
  });
  return { bench: run.bench, result, rssMb: rssMb(hearth.child.pid), connections, extra: run.extra };
}

function gets(paths: string[]): MixRequest[] {
  return paths.map((path) => ({ path }));
}

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

export type SearchBench = 'forum.search' | 'forum.similar';

const searchRuns = [
  {
    bench: 'forum.search',
    paths: searchQueries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    connections: multiConnections,
    extra: { queries: searchQueries.length },
  },
  {
    bench: 'forum.similar',
    paths: similarTitles.map((title) => `/api/similar?title=${encodeURIComponent(title)}`),
    connections: 1,
    extra: { goal_p99_ms: 50, titles: similarTitles.length },
  },
] as const satisfies readonly { bench: SearchBench; [key: string]: unknown }[];

/** What forum.search and forum.similar measure, without the database maintenance they ran after. */
export const searchNotes: Record<SearchBench, string> = {
  'forum.search':
    'GET /api/search?q= round-robin over web-search queries (words, a quoted phrase, an exclusion): ranked ' +
    'threads and replies, highlighted, 20 hits, anonymous.',
  'forum.similar':
    'GET /api/similar?title= one client, as the composer calls it while someone types; titles phrased unlike ' +
    'the seeded ones.',
};

/**
 * forum.search (10 clients) and forum.similar (one client, as the composer asks). `suffix` and
 * `extra` set apart a second measurement (after a VACUUM ANALYZE); `note` words each figure.
 */
export async function measureSearch(
  hearth: RunningServer,
  options: { suffix: string; extra: Record<string, unknown>; note: (bench: SearchBench) => string },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const run of searchRuns) {
    for (const path of run.paths) {
      const hits = (await expectOk(hearth.url, path)) as { items: unknown[] };
      if (hits.items.length === 0) throw new Error(`${path} finds nothing`);
    }
    figures.push(
      await measureFigure(hearth, {
        bench: `${run.bench}${options.suffix}`,
        requests: gets(run.paths),
        connections: run.connections,
        extra: { ...run.extra, ...options.extra, note: options.note(run.bench) },
      }),
    );
  }
  return figures;
}

export const pageSize = 100;
/** Threads whose first page holds a full 100 posts, read round-robin. */
const hotThreadCount = 20;

/** The first pages of the hot threads, as a visitor gets them. */
export interface HotPages {
  threads: ForumData['threads'];
  paths: string[];
  bodies: string[];
}

export async function loadHotPages(origin: string, data: ForumData): Promise<HotPages> {
  const hot = data.threads.filter((thread) => thread.postCount >= pageSize).slice(0, hotThreadCount);
  if (hot.length < hotThreadCount)
    throw new Error(`Only ${hot.length} threads of ${pageSize}+ posts were seeded`);
  const paths = hot.map((thread) => `/api/threads/${thread.id}?page=1&pageSize=${pageSize}`);
  const bodies: string[] = [];
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    const posts = response.status === 200 ? (JSON.parse(body) as { posts: unknown[] }).posts.length : 0;
    if (posts !== pageSize) throw new Error(`GET ${path}: ${response.status} with ${posts} posts`);
    bodies.push(body);
  }
  return { threads: hot, paths, bodies };
}

const anonymousNote =
  `GET /api/threads/:id?page=1&pageSize=${pageSize} without a cookie, round-robin over ${hotThreadCount} threads ` +
  `of 100+ posts: visitors share the serialised page (AnonymousPageCache), every request gets the full body ` +
  `(no If-None-Match). Global rate limiter on with RATE_LIMIT_PER_MINUTE=${maxRateLimitPerMinute}.`;

/** The hot pages for visitors (10 clients, then one) and for a signed-in member. `after` ends each note. */
export async function measurePages(
  hearth: RunningServer,
  pages: HotPages,
  reader: Client,
  after: string,
): Promise<Figure[]> {
  const shape = { page_size: pageSize, threads: pages.threads.length };
  const anonymous = await measureFigure(hearth, {
    bench: 'forum.thread_page_anonymous',
    requests: gets(pages.paths),
    extra: { goal_ratio: 0.5, ...shape, note: `${anonymousNote}${after}` },
  });
  const single = await measureFigure(hearth, {
    bench: 'forum.thread_page_anonymous_single',
    requests: gets(pages.paths),
    connections: 1,
    extra: { goal_p99_ms: 25, ...shape, note: `${anonymousNote} One client.${after}` },
  });
  const gzip = await measureFigure(hearth, {
    bench: 'forum.thread_page_visitor_gzip',
    requests: gets(pages.paths),
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    extra: {
      goal_ratio: 0.5,
      ...shape,
      note:
        'The anonymous pages as a browser asks for them (Accept-Encoding: gzip, deflate, br): the shared page ' +
        `is gzipped once when cached, so each request sends ~1/6 of the bytes.${after}`,
    },
  });
  await expectOk(hearth.url, pages.paths[0] ?? '', { cookie: reader.cookie });
  const signedIn = await measureFigure(hearth, {
    bench: 'forum.thread_page_signed_in',
    requests: gets(pages.paths),
    headers: { cookie: reader.cookie },
    extra: {
      ...shape,
      note:
        'The same pages for a signed-in member: session lookup, per-viewer permissions and helpful marks, ' +
        `no shared cache.${after}`,
    },
  });
  return [anonymous, single, gzip, signedIn];
}

export async function measureSpaceList(hearth: RunningServer, after: string): Promise<Figure> {
  const paths = benchSpaces.map((space) => `/api/spaces/${space.slug}/threads`);
  for (const path of paths) await expectOk(hearth.url, path);
  const slugs = benchSpaces.map((space) => space.slug).join(' and ');
  return measureFigure(hearth, {
    bench: 'forum.space_list',
    requests: gets(paths),
    extra: {
      note: `GET /api/spaces/:slug/threads (first 30, pinned then most recent) of ${slugs}, anonymous.${after}`,
    },
  });
}

const replyPhrases = [
  'Thanks, I will try that tonight.',
  'Following this thread, we see the same on our side.',
  'The workaround above fixed it for us too.',
  'Could you share which version of the app you use?',
  'Restarting the sync from the settings page helped here.',
  'Still happening for me after the update, unfortunately.',
];

/** Replies by ten members, spread over the whole forum. */
export async function measureReplies(hearth: RunningServer, data: ForumData, after: string): Promise<Figure> {
  const members = data.users.filter((user) => user.role === 'member').slice(1, 11);
  const posters = await Promise.all(members.map((member) => signIn(hearth.url, member.email)));
  const targets = shuffled(data.threads.map((thread) => thread.id));
  let next = 0;
  const build = () => {
    const n = next++;
    return {
      method: 'POST' as const,
      path: `/api/threads/${targets[n % targets.length]}/replies`,
      headers: writeHeaders(posters[n % posters.length] as Client),
      body: JSON.stringify({ body: `${replyPhrases[n % replyPhrases.length]} (${n})` }),
    };
  };
  return measureFigure(hearth, {
    bench: 'forum.reply_post',
    requests: [{ build }],
    extra: {
      posters: posters.length,
      note:
        `POST /api/threads/:id/replies with session cookie and CSRF token, ${posters.length} members (joined long ago, ` +
        `so the new-member sandbox of 10 posts/hour does not apply) spread over all ${data.threads.length} threads. ` +
        `No per-user limit applies to replies; the global per-IP limiter runs with RATE_LIMIT_PER_MINUTE=${maxRateLimitPerMinute}. ` +
        `AUTH_RATE_LIMIT_PER_MINUTE=${forumServerEnv.AUTH_RATE_LIMIT_PER_MINUTE} only lets the bench sign its members in from one address.${after}`,
    },
  });
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
