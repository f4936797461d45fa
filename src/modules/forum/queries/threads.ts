import { and, asc, desc, eq, getTableColumns, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { threadParticipants, threads } from '../tables.ts';

export type ThreadRow = Omit<typeof threads.$inferSelect, 'search'>;
export type NewThread = typeof threads.$inferInsert;

// The search vector is for the database's eyes only: never fetched.
const { search: _search, ...columns } = getTableColumns(threads);
export const threadColumns = columns;

export async function insertThread(db: Db, thread: NewThread): Promise<ThreadRow> {
  return onlyRow(await db.insert(threads).values(thread).returning(threadColumns));
}

export async function findThread(db: Db, id: string, lock = false): Promise<ThreadRow | undefined> {
  const query = db.select(threadColumns).from(threads).where(eq(threads.id, id));
  const rows = lock ? await query.for('update') : await query;
  return rows[0];
}

/** Every change a reader could see bumps the version, so cached pages go stale at once. */
export async function updateThread(db: Db, id: string, patch: Partial<NewThread>): Promise<ThreadRow> {
  return onlyRow(
    await db
      .update(threads)
      .set({ ...patch, version: sql`${threads.version} + 1` })
      .where(eq(threads.id, id))
      .returning(threadColumns),
  );
}

export async function bumpThread(db: Db, id: string): Promise<void> {
  await db
    .update(threads)
    .set({ version: sql`${threads.version} + 1` })
    .where(eq(threads.id, id));
}

export async function participantsOf(db: Db, threadId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: threadParticipants.userId })
    .from(threadParticipants)
    .where(eq(threadParticipants.threadId, threadId))
    .orderBy(asc(threadParticipants.createdAt));
  return rows.map((row) => row.userId);
}

export async function addParticipants(db: Db, threadId: string, userIds: string[], now: Date): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insert(threadParticipants)
    .values([...new Set(userIds)].map((userId) => ({ threadId, userId, createdAt: now })))
    .onConflictDoNothing();
}

export interface ThreadListFilter {
  spaceId: string;
  /** Who may see private threads in this list: everyone's (staff), one person's, or nobody's. */
  privateVisibleTo: 'all' | { userId: string } | 'none';
  state?: 'solved' | 'unsolved' | undefined;
  after?: { pinned: boolean; lastPostedAt: string; id: string } | undefined;
  limit: number;
}

/** Pinned threads first, then the most recently active; keyset pages. */
export async function listThreads(db: Db, filter: ThreadListFilter): Promise<ThreadRow[]> {
  const pinned = sql<boolean>`(${threads.pinnedAt} is not null)`;
  return db
    .select(threadColumns)
    .from(threads)
    .where(
      and(
        eq(threads.spaceId, filter.spaceId),
        privateFilter(filter.privateVisibleTo),
        filter.state === 'solved' ? isNotNull(threads.acceptedPostId) : undefined,
        filter.state === 'unsolved' ? isNull(threads.acceptedPostId) : undefined,
        filter.after ? afterCursor(pinned, filter.after) : undefined,
      ),
    )
    .orderBy(desc(pinned), desc(threads.lastPostedAt), desc(threads.id))
    .limit(filter.limit);
}

function privateFilter(visibleTo: ThreadListFilter['privateVisibleTo']): SQL | undefined {
  if (visibleTo === 'all') return undefined;
  const stub = and(eq(threads.visibility, 'private'), isNotNull(threads.takenPrivateAt));
  if (visibleTo === 'none') return or(eq(threads.visibility, 'public'), stub);
  return or(eq(threads.visibility, 'public'), stub, eq(threads.authorId, visibleTo.userId));
}

function afterCursor(pinned: SQL<boolean>, after: NonNullable<ThreadListFilter['after']>): SQL | undefined {
  const at = new Date(after.lastPostedAt);
  const sameOrder = or(
    lt(threads.lastPostedAt, at),
    and(eq(threads.lastPostedAt, at), lt(threads.id, after.id)),
  );
  return after.pinned ? or(sql`not ${pinned}`, and(pinned, sameOrder)) : and(sql`not ${pinned}`, sameOrder);
}

export interface UnansweredFilter {
  spaceIds: string[];
  answeredBefore: Date;
  limit: number;
}

/**
 * Questions nobody but the asker has replied to, and questions with replies but no accepted answer
 * once they are older than the waiting time; oldest first.
 */
export async function listUnanswered(db: Db, filter: UnansweredFilter): Promise<ThreadRow[]> {
  if (filter.spaceIds.length === 0) return [];
  return db
    .select(threadColumns)
    .from(threads)
    .where(
      and(
        sql`${threads.spaceId} = any(${sql.param(filter.spaceIds)}::uuid[])`,
        isNull(threads.acceptedPostId),
        isNull(threads.closedAt),
        or(isNull(threads.firstAnsweredAt), lt(threads.createdAt, filter.answeredBefore)),
      ),
    )
    .orderBy(asc(threads.createdAt), asc(threads.id))
    .limit(filter.limit);
}

/** Direct messages someone takes part in, most recent first. */
export async function listDirectThreads(db: Db, userId: string, limit: number): Promise<ThreadRow[]> {
  return db
    .select(threadColumns)
    .from(threads)
    .innerJoin(threadParticipants, eq(threadParticipants.threadId, threads.id))
    .where(and(eq(threads.visibility, 'direct'), eq(threadParticipants.userId, userId)))
    .orderBy(desc(threads.lastPostedAt))
    .limit(limit);
}

export async function threadsByIds(db: Db, ids: string[]): Promise<Map<string, ThreadRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(threadColumns)
    .from(threads)
    .where(sql`${threads.id} = any(${sql.param([...new Set(ids)])}::uuid[])`);
  return new Map(rows.map((row) => [row.id, row]));
}
