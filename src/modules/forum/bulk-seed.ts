import { htmlToText, renderMarkdown } from '../../core/markdown.ts';
import { newId } from '../../core/ids.ts';
import type { Db } from '../../db/index.ts';
import { pick, questionBody, questionTitle, replyBody, topics, type Topic } from './bulk-seed-text.ts';
import { posts, threads } from './tables.ts';

/**
 * Fast seeding of a forum's history: many threads and replies written with multi-row inserts, as
 * the product would have stored them (HTML rendered once, numbered posts, thread counters and
 * accepted answers that agree with the posts). Used by `hearth bench forum`; general enough for
 * a demo or a test that needs a large forum. Wrap the call in a transaction to make it atomic.
 */
export interface BulkSeedOptions {
  /** Threads are spread over these spaces; accepted answers only happen in 'questions' ones. */
  spaces: readonly { id: string; kind: string }[];
  /** Who writes: askers and repliers are drawn from these. */
  authorIds: readonly string[];
  /** Authors who are staff: an answer they give is not "solved by the community". */
  staffIds?: readonly string[];
  threads: number;
  /** Replies over all threads (posts beyond each opening post). */
  replies: number;
  /** A seeded generator in [0, 1) (see `seededRandom`): the same seed gives the same forum text. */
  random: () => number;
  now?: Date;
  /** Threads start within this many days before `now`. */
  spanDays?: number;
  /** Rows per INSERT statement for posts. */
  batchSize?: number;
  onProgress?: (done: { threads: number; replies: number }) => void;
}

export interface SeededThread {
  id: string;
  spaceId: string;
  authorId: string;
  title: string;
  postCount: number;
  openingPostId: string;
  acceptedPostId: string | null;
}

export interface BulkSeedResult {
  threads: SeededThread[];
  replies: number;
  accepted: number;
}

/** mulberry32: a small, fast generator that is good enough for invented text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Heavy-tailed reply counts that add up to `total`: most threads are short, a few run to hundreds. */
function replyCounts(random: () => number, threadCount: number, total: number): number[] {
  const weights = Array.from({ length: threadCount }, () =>
    random() < 0.06 ? 0 : Math.min(60, (1 - random()) ** (-1 / 1.2)),
  );
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0 && threadCount > 0; i = (i + 1) % threadCount) {
    if ((weights[i] ?? 0) > 0 || weights.every((w) => w === 0)) {
      counts[i] = (counts[i] ?? 0) + 1;
      missing -= 1;
    }
  }
  return counts;
}

const dayMs = 86_400_000;

type ThreadInsert = typeof threads.$inferInsert;
type PostInsert = typeof posts.$inferInsert;

/** What every thread is drawn from. */
interface Seeding {
  random: () => number;
  spaces: BulkSeedOptions['spaces'];
  authorIds: readonly string[];
  staff: ReadonlySet<string>;
  now: number;
  spanMs: number;
}

/** One thread as rows: the thread, its opening post and its replies, in order. */
interface ThreadRows {
  thread: ThreadInsert;
  posts: PostInsert[];
  seeded: SeededThread;
}

export async function bulkSeedForum(db: Db, options: BulkSeedOptions): Promise<BulkSeedResult> {
  if (options.spaces.length === 0 || options.authorIds.length === 0)
    throw new Error('bulkSeedForum needs spaces and authors');
  const seeding: Seeding = {
    random: options.random,
    spaces: options.spaces,
    authorIds: options.authorIds,
    staff: new Set(options.staffIds ?? []),
    now: (options.now ?? new Date()).getTime(),
    spanMs: (options.spanDays ?? 365) * dayMs,
  };
  const counts = replyCounts(options.random, options.threads, options.replies);
  const writer = new BatchWriter(db, options.batchSize ?? 400);
  const seeded: SeededThread[] = [];
  let replies = 0;
  for (let t = 0; t < options.threads; t++) {
    const rows = seedThread(seeding, counts[t] ?? 0);
    seeded.push(rows.seeded);
    replies += rows.seeded.postCount - 1;
    await writer.add(rows);
    options.onProgress?.({ threads: seeded.length, replies });
  }
  await writer.finish();
  options.onProgress?.({ threads: seeded.length, replies });
  const accepted = seeded.filter((thread) => thread.acceptedPostId !== null).length;
  return { threads: seeded, replies, accepted };
}

/**
 * Multi-row inserts: threads first (posts reference them), then their posts, `batchSize` posts
 * per statement; a thread's posts may span batches.
 */
class BatchWriter {
  private threadRows: ThreadInsert[] = [];
  private readonly postRows: PostInsert[] = [];

  constructor(
    private readonly db: Db,
    private readonly batchSize: number,
  ) {}

  async add(rows: ThreadRows): Promise<void> {
    this.threadRows.push(rows.thread);
    this.postRows.push(...rows.posts);
    await this.flush(false);
  }

  finish(): Promise<void> {
    return this.flush(true);
  }

  private async flush(final: boolean): Promise<void> {
    const { threadRows, postRows, batchSize } = this;
    if (threadRows.length > 0 && (final || threadRows.length >= 200 || postRows.length >= batchSize)) {
      await this.db.insert(threads).values(threadRows);
      this.threadRows = [];
    }
    while (postRows.length >= batchSize || (final && postRows.length > 0)) {
      await this.db.insert(posts).values(postRows.splice(0, batchSize));
    }
  }
}

function seedThread(seeding: Seeding, replyCount: number): ThreadRows {
  const { random, now } = seeding;
  const topic = pick(random, topics);
  const space = pick(random, seeding.spaces);
  const asker = pick(random, seeding.authorIds);
  const createdAt = now - seeding.spanMs * random() ** 0.7 - dayMs / 24;
  const times = replyTimes(random, createdAt, now, replyCount);
  const threadId = newId();
  const title = questionTitle(random, topic);
  const opening = render(questionBody(random, topic));
  const openingPostId = newId();
  const openingPost = postRow(openingPostId, threadId, 1, asker, opening, createdAt);
  const replies = seedReplies(seeding, { threadId, topic, asker, times });
  const answer =
    space.kind === 'questions' && replies.answers.length > 0 && random() < 0.45
      ? pick(random, replies.answers)
      : null;
  const postCount = replyCount + 1;
  const thread: ThreadInsert = {
    id: threadId,
    spaceId: space.id,
    authorId: asker,
    title,
    visibility: space.kind === 'complaints' ? 'private' : 'public',
    openingText: opening.text,
    acceptedPostId: answer?.id ?? null,
    solvedAt: answer ? new Date(Math.min(now, answer.at + random() * 2 * dayMs)) : null,
    solvedByCommunity: answer ? !seeding.staff.has(answer.authorId) : false,
    postCount,
    firstAnsweredAt: replies.firstAnsweredAt === null ? null : new Date(replies.firstAnsweredAt),
    lastPostedAt: new Date(times.at(-1) ?? createdAt),
    lastPosterId: replies.lastPoster ?? asker,
    createdAt: new Date(createdAt),
  };
  return {
    thread,
    posts: [openingPost, ...replies.posts],
    seeded: {
      id: threadId,
      spaceId: space.id,
      authorId: asker,
      title,
      postCount,
      openingPostId,
      acceptedPostId: answer?.id ?? null,
    },
  };
}

/** Replies fall in the days after the question, the first ones soonest; all before `now`. */
function replyTimes(random: () => number, createdAt: number, now: number, count: number): number[] {
  const window = Math.min(now - createdAt, (3 + 60 * random()) * dayMs);
  return Array.from({ length: count }, () => createdAt + window * random() ** 2).sort((a, b) => a - b);
}

interface Answer {
  id: string;
  authorId: string;
  at: number;
}

/** The replies of one thread, and the first three answers by others (candidates for accepted). */
function seedReplies(
  seeding: Seeding,
  thread: { threadId: string; topic: Topic; asker: string; times: number[] },
): { posts: PostInsert[]; answers: Answer[]; firstAnsweredAt: number | null; lastPoster: string | null } {
  const { random } = seeding;
  const rows: PostInsert[] = [];
  const answers: Answer[] = [];
  let firstAnsweredAt: number | null = null;
  let lastPoster: string | null = null;
  for (const [r, at] of thread.times.entries()) {
    const byAsker = r > 0 && random() < 0.2;
    const author = byAsker ? thread.asker : pick(random, seeding.authorIds);
    const id = newId();
    const body = render(replyBody(random, thread.topic, byAsker));
    rows.push(postRow(id, thread.threadId, r + 2, author, body, at));
    if (author !== thread.asker) {
      firstAnsweredAt ??= at;
      if (answers.length < 3) answers.push({ id, authorId: author, at });
    }
    lastPoster = author;
  }
  return { posts: rows, answers, firstAnsweredAt, lastPoster };
}
interface Rendered {
  markdown: string;
  html: string;
  text: string;
}

function render(markdown: string): Rendered {
  const html = renderMarkdown(markdown);
  return { markdown, html, text: htmlToText(html) };
}

function postRow(id: string, threadId: string, number: number, authorId: string, body: Rendered, at: number) {
  return {
    id,
    threadId,
    number,
    authorId,
    bodyMarkdown: body.markdown,
    bodyHtml: body.html,
    bodyText: body.text,
    createdAt: new Date(at),
  } satisfies PostInsert;
}
