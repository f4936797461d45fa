import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { ideaFollowers } from '../tables.ts';

export async function addFollowers(
  db: Db,
  ideaId: string,
  memberIds: readonly string[],
  now: Date,
): Promise<void> {
  if (memberIds.length === 0) return;
  await db
    .insert(ideaFollowers)
    .values([...new Set(memberIds)].map((memberId) => ({ ideaId, memberId, createdAt: now })))
    .onConflictDoNothing();
}

export async function removeFollower(db: Db, ideaId: string, memberId: string): Promise<void> {
  await db
    .delete(ideaFollowers)
    .where(and(eq(ideaFollowers.ideaId, ideaId), eq(ideaFollowers.memberId, memberId)));
}

export async function followerIds(db: Db, ideaId: string): Promise<string[]> {
  const rows = await db
    .select({ memberId: ideaFollowers.memberId })
    .from(ideaFollowers)
    .where(eq(ideaFollowers.ideaId, ideaId));
  return rows.map((row) => row.memberId);
}

export async function isFollowing(db: Db, ideaId: string, memberId: string): Promise<boolean> {
  const rows = await db
    .select({ memberId: ideaFollowers.memberId })
    .from(ideaFollowers)
    .where(and(eq(ideaFollowers.ideaId, ideaId), eq(ideaFollowers.memberId, memberId)));
  return rows.length > 0;
}

/** A merged idea's followers follow the one it went into. */
export async function carryFollowers(db: Db, fromId: string, intoId: string): Promise<void> {
  await db.execute(
    sql`insert into idea_followers (idea_id, member_id, created_at)
        select ${intoId}::uuid, member_id, created_at from idea_followers where idea_id = ${fromId}::uuid
        on conflict (idea_id, member_id) do nothing`,
  );
  await db.delete(ideaFollowers).where(eq(ideaFollowers.ideaId, fromId));
}
