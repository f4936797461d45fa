import { and, asc, eq, sql } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import { ideaVotes } from '../tables.ts';

export type VoteRow = typeof ideaVotes.$inferSelect;

/** False when the member had already voted for the idea (the primary key decides). */
export async function insertVote(db: Db, row: VoteRow): Promise<boolean> {
  const inserted = await db
    .insert(ideaVotes)
    .values(row)
    .onConflictDoNothing()
    .returning({ ideaId: ideaVotes.ideaId });
  return inserted.length > 0;
}

export async function deleteVote(db: Db, ideaId: string, memberId: string): Promise<boolean> {
  const deleted = await db
    .delete(ideaVotes)
    .where(and(eq(ideaVotes.ideaId, ideaId), eq(ideaVotes.memberId, memberId)))
    .returning({ ideaId: ideaVotes.ideaId });
  return deleted.length > 0;
}

export async function votesOf(db: Db, ideaId: string): Promise<VoteRow[]> {
  return db.select().from(ideaVotes).where(eq(ideaVotes.ideaId, ideaId)).orderBy(asc(ideaVotes.createdAt));
}

/** Who voted for which of these ideas (cast from `start` up to `end`, if given): what demand and segment ranking weigh. */
export async function votersOf(
  db: Db,
  ideaIds: readonly string[],
  castIn?: { start: Date; end: Date },
): Promise<{ ideaId: string; memberId: string }[]> {
  if (ideaIds.length === 0) return [];
  const when = castIn
    ? sql`and created_at >= ${castIn.start.toISOString()}::timestamptz and created_at < ${castIn.end.toISOString()}::timestamptz`
    : sql``;
  return selectRows<{ ideaId: string; memberId: string }>(
    db,
    sql`select idea_id as "ideaId", member_id as "memberId" from idea_votes
        where idea_id = any(${sql.param([...ideaIds])}::uuid[]) ${when}`,
  );
}

/** Which of these ideas the member voted for. */
export async function votedAmong(db: Db, memberId: string, ideaIds: readonly string[]): Promise<Set<string>> {
  if (ideaIds.length === 0) return new Set();
  const rows = await selectRows<{ idea_id: string }>(
    db,
    sql`select idea_id from idea_votes
        where member_id = ${memberId}::uuid and idea_id = any(${sql.param([...ideaIds])}::uuid[])`,
  );
  return new Set(rows.map((row) => row.idea_id));
}

/** The member's votes on the board's open ideas: what the vote budget limits. */
export async function openVotesOnBoard(db: Db, memberId: string, spaceId: string): Promise<number> {
  const rows = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from idea_votes v join ideas i on i.id = v.idea_id
        where v.member_id = ${memberId}::uuid and i.space_id = ${spaceId}::uuid
          and i.merged_into is null and i.status not in ('shipped', 'declined')`,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * One vote at a time per member and board, across transactions: two votes cast at once cannot
 * both pass the budget check (the lock ends with the transaction).
 */
export async function lockMemberOnBoard(db: Db, memberId: string, spaceId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`ideas:${spaceId}:${memberId}`}))`);
}

/** Stores the idea's vote count from its votes. */
export async function recountVotes(db: Db, ideaId: string, now: Date): Promise<number> {
  const rows = await selectRows<{ vote_count: number }>(
    db,
    sql`update ideas set vote_count = (select count(*) from idea_votes where idea_id = ${ideaId}::uuid),
          updated_at = ${now.toISOString()}::timestamptz
        where id = ${ideaId}::uuid returning vote_count`,
  );
  return Number(rows[0]?.vote_count ?? 0);
}

/**
 * Moves a merged idea's votes to the one it went into: a member who voted for both keeps the vote
 * they cast there; every carried vote remembers the idea it was first cast for.
 */
export async function carryVotes(db: Db, fromId: string, intoId: string): Promise<number> {
  const rows = await selectRows<{ member_id: string }>(
    db,
    sql`insert into idea_votes (idea_id, member_id, captured_by, source_kind, source_ref, source_link, carried_from, created_at)
        select ${intoId}::uuid, member_id, captured_by, source_kind, source_ref, source_link,
               coalesce(carried_from, idea_id), created_at
        from idea_votes where idea_id = ${fromId}::uuid
        on conflict (idea_id, member_id) do nothing
        returning member_id`,
  );
  await db.delete(ideaVotes).where(eq(ideaVotes.ideaId, fromId));
  return rows.length;
}
