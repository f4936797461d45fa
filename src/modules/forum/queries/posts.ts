import { and, asc, desc, eq, getTableColumns, gt, gte, lte, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { postHelpful, postRevisions, posts } from '../tables.ts';

export type PostRow = Omit<typeof posts.$inferSelect, 'search'>;
export type NewPost = typeof posts.$inferInsert;
export type RevisionRow = typeof postRevisions.$inferSelect;

const { search: _search, ...postColumns } = getTableColumns(posts);
// A page shows HTML (and Markdown to edit); the plain text is for search only.
const { bodyText: _bodyText, ...pageColumns } = postColumns;
export type PagePostRow = Omit<PostRow, 'bodyText'>;

export async function insertPost(db: Db, post: NewPost): Promise<PostRow> {
  return onlyRow(await db.insert(posts).values(post).returning(postColumns));
}

export async function findPost(db: Db, id: string): Promise<PostRow | undefined> {
  const rows = await db.select(postColumns).from(posts).where(eq(posts.id, id));
  return rows[0];
}

export async function updatePost(db: Db, id: string, patch: Partial<NewPost>): Promise<PostRow> {
  return onlyRow(await db.update(posts).set(patch).where(eq(posts.id, id)).returning(postColumns));
}

/** Posts numbered from..to of one thread, in order. */
export async function postsInRange(
  db: Db,
  threadId: string,
  from: number,
  to: number,
): Promise<PagePostRow[]> {
  return db
    .select(pageColumns)
    .from(posts)
    .where(and(eq(posts.threadId, threadId), gte(posts.number, from), lte(posts.number, to)))
    .orderBy(asc(posts.number));
}

export async function openingPost(db: Db, threadId: string): Promise<PostRow> {
  return onlyRow(
    await db
      .select(postColumns)
      .from(posts)
      .where(and(eq(posts.threadId, threadId), eq(posts.number, 1))),
  );
}

/** Posts by one person since a moment: the new-member post rate limit. */
export async function countPostsSince(db: Db, authorId: string, since: Date): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(and(eq(posts.authorId, authorId), gte(posts.createdAt, since)));
  return rows[0]?.n ?? 0;
}

export async function insertRevision(db: Db, revision: typeof postRevisions.$inferInsert): Promise<void> {
  await db.insert(postRevisions).values(revision);
}

export async function revisionsOf(db: Db, postId: string): Promise<RevisionRow[]> {
  return db
    .select()
    .from(postRevisions)
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.createdAt));
}

/** Which of these posts this reader marked helpful. */
export async function helpfulMarks(db: Db, userId: string, postIds: string[]): Promise<Set<string>> {
  if (postIds.length === 0) return new Set();
  const rows = await db
    .select({ postId: postHelpful.postId })
    .from(postHelpful)
    .where(
      and(eq(postHelpful.userId, userId), sql`${postHelpful.postId} = any(${sql.param(postIds)}::uuid[])`),
    );
  return new Set(rows.map((row) => row.postId));
}

/** Adds or removes a mark and returns the post's new count; a repeated request changes nothing. */
export async function setHelpful(
  db: Db,
  postId: string,
  userId: string,
  helpful: boolean,
  now: Date,
): Promise<number> {
  const changed = helpful
    ? await db
        .insert(postHelpful)
        .values({ postId, userId, createdAt: now })
        .onConflictDoNothing()
        .returning({ postId: postHelpful.postId })
    : await db
        .delete(postHelpful)
        .where(and(eq(postHelpful.postId, postId), eq(postHelpful.userId, userId)))
        .returning({ postId: postHelpful.postId });
  const delta = changed.length === 0 ? 0 : helpful ? 1 : -1;
  const row = onlyRow(
    await db
      .update(posts)
      .set({ helpfulCount: sql`${posts.helpfulCount} + ${delta}` })
      .where(eq(posts.id, postId))
      .returning({ helpfulCount: posts.helpfulCount }),
  );
  return row.helpfulCount;
}

/** Clears the official mark from every post of a thread: there is one official response at most. */
export async function clearOfficial(db: Db, threadId: string): Promise<void> {
  await db
    .update(posts)
    .set({ official: false })
    .where(and(eq(posts.threadId, threadId), eq(posts.official, true)));
}

export async function postsByIds(db: Db, ids: string[]): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(postColumns)
    .from(posts)
    .where(sql`${posts.id} = any(${sql.param(ids)}::uuid[])`);
}

/** Whether this person posted in the thread after a moment (listening's outreach: did they answer?). */
export async function postedInThreadSince(
  db: Db,
  threadId: string,
  authorId: string,
  since: Date,
): Promise<boolean> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.threadId, threadId), eq(posts.authorId, authorId), gt(posts.createdAt, since)))
    .limit(1);
  return row !== undefined;
}
