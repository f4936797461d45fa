import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { ideaBoards } from '../tables.ts';

/** The board's vote budget; a board nobody configured has no limit. */
export async function voteBudgetOf(db: Db, spaceId: string): Promise<number | null> {
  const [row] = await db.select().from(ideaBoards).where(eq(ideaBoards.spaceId, spaceId));
  return row?.voteBudget ?? null;
}

export async function saveVoteBudget(
  db: Db,
  spaceId: string,
  voteBudget: number | null,
  now: Date,
): Promise<void> {
  await db
    .insert(ideaBoards)
    .values({ spaceId, voteBudget, updatedAt: now })
    .onConflictDoUpdate({ target: ideaBoards.spaceId, set: { voteBudget, updatedAt: now } });
}
