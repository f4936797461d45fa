import { setTimeout as delay } from 'node:timers/promises';
import { signIn, writeHeaders, type Client } from './forum-client.ts';
import type { ForumData } from './forum-data.ts';
import { backgroundLoad } from './forum-load.ts';
import type { HotPages } from './forum-measure.ts';
import { log } from './output.ts';

export interface CacheCheck {
  checks: number;
  fresh: number;
  stalePlain: number;
  staleConditional: number;
  /** Before each edit, the old ETag was answered with 304: the page really came from the cache. */
  servedFromCache: number;
  backgroundRequests: number;
  backgroundFailures: number;
}

/**
 * While other visitors keep reading, edit the opening post of a cached page and read it at once:
 * both a plain GET and one with the old ETag must show the new words. Alternates which comes first,
 * so the conditional request sometimes meets the emptied cache and sometimes a refilled one.
 */
export async function checkCacheAfterEdits(
  origin: string,
  data: ForumData,
  pages: HotPages,
): Promise<CacheCheck> {
  log('Cache check: edit opening posts of cached pages while 4 clients keep reading…');
  const background = await backgroundLoad({
    origin,
    requests: pages.paths.map((path) => ({ path })),
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
    const authors = new Authors(origin, data);
    for (const [i, thread] of pages.threads.slice(0, 10).entries()) {
      const round = await checkOnePage({
        origin,
        url: `${origin}${pages.paths[i]}`,
        postId: thread.openingPostId,
        author: await authors.get(thread.authorId),
        round: i,
      });
      result.checks += 1;
      if (round.cached) result.servedFromCache += 1;
      if (!round.plainOk) result.stalePlain += 1;
      if (!round.conditionalOk) result.staleConditional += 1;
      if (round.plainOk && round.conditionalOk) result.fresh += 1;
    }
  } finally {
    const load = await background.stop();
    result.backgroundRequests = load.requests;
    result.backgroundFailures = load.failures;
  }
  return result;
}

/** Thread authors, each signed in once. */
class Authors {
  private readonly emails: Map<string, string>;
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly origin: string,
    data: ForumData,
  ) {
    this.emails = new Map(data.users.map((user) => [user.id, user.email]));
  }

  async get(userId: string): Promise<Client> {
    let client = this.clients.get(userId);
    if (!client) {
      client = await signIn(this.origin, this.emails.get(userId) ?? '');
      this.clients.set(userId, client);
    }
    return client;
  }
}

interface Round {
  origin: string;
  url: string;
  postId: string;
  author: Client;
  round: number;
}

/** One round: is the page cached, then after an edit of its opening post, do both reads show it? */
async function checkOnePage(
  round: Round,
): Promise<{ cached: boolean; plainOk: boolean; conditionalOk: boolean }> {
  const { url } = round;
  const first = await fetch(url);
  const etag = first.headers.get('etag') ?? '';
  await first.arrayBuffer();
  const revalidated = await fetch(url, { headers: { 'if-none-match': etag } });
  await revalidated.arrayBuffer();
  const cached = revalidated.status === 304;

  const words = `Edited for the cache check, round ${round.round}, ${Date.now().toString(36)}.`;
  const edit = await fetch(`${round.origin}/api/posts/${round.postId}`, {
    method: 'PATCH',
    headers: writeHeaders(round.author),
    body: JSON.stringify({ body: words }),
  });
  if (edit.status !== 200) throw new Error(`Editing a post answered ${edit.status}: ${await edit.text()}`);
  await edit.arrayBuffer();

  const shows = async (headers: Record<string, string>) => {
    const response = await fetch(url, { headers });
    return response.status === 200 && firstPostHas(await response.text(), words);
  };
  const plain = () => shows({});
  const conditional = () => shows({ 'if-none-match': etag });
  if (round.round % 2 === 0) {
    const plainOk = await plain();
    return { cached, plainOk, conditionalOk: await conditional() };
  }
  const conditionalOk = await conditional();
  return { cached, plainOk: await plain(), conditionalOk };
}

function firstPostHas(body: string, words: string): boolean {
  const page = JSON.parse(body) as { posts: { number: number; html: string }[] };
  return page.posts[0]?.number === 1 && page.posts[0].html.includes(words);
}
