import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { postFlags, posts } from '../tables.ts';

export type FlagRow = typeof postFlags.$inferSelect;

export async function insertFlag(db: Db, flag: typeof postFlags.$inferInsert): Promise<void> {
  await db.insert(postFlags).values(flag);
}

export async function openFlagCount(db: Db, postId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(postFlags)
    .where(and(eq(postFlags.postId, postId), isNull(postFlags.resolvedAt)));
  return rows[0]?.n ?? 0;
}

export async function resolveFlags(
  db: Db,
  postId: string,
  by: string,
  resolution: string,
  now: Date,
): Promise<number> {
  const rows = await db
    .update(postFlags)
    .set({ resolvedAt: now, resolvedBy: by, resolution })
    .where(and(eq(postFlags.postId, postId), isNull(postFlags.resolvedAt)))
    .returning({ id: postFlags.id });
  return rows.length;
}

/** Open flags with their posts, oldest first: the moderation queue. */
export async function openFlags(db: Db, limit: number): Promise<(FlagRow & { threadId: string })[]> {
  return db
    .select({
      id: postFlags.id,
      postId: postFlags.postId,
      flaggerId: postFlags.flaggerId,
      reason: postFlags.reason,
      note: postFlags.note,
      createdAt: postFlags.createdAt,
      resolvedAt: postFlags.resolvedAt,
      resolvedBy: postFlags.resolvedBy,
      resolution: postFlags.resolution,
      threadId: posts.threadId,
    })
    .from(postFlags)
    .innerJoin(posts, eq(posts.id, postFlags.postId))
    .where(isNull(postFlags.resolvedAt))
    .orderBy(asc(postFlags.createdAt))
    .limit(limit);
}
