import { asc, eq, isNull, and } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { ideaComments, ideaEvents } from '../tables.ts';

export type IdeaEventRow = typeof ideaEvents.$inferSelect;
export type CommentRow = typeof ideaComments.$inferSelect;

export async function insertEvents(db: Db, rows: IdeaEventRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(ideaEvents).values(rows);
}

export async function eventsOf(db: Db, ideaId: string): Promise<IdeaEventRow[]> {
  return db.select().from(ideaEvents).where(eq(ideaEvents.ideaId, ideaId)).orderBy(asc(ideaEvents.at));
}

export async function insertComment(db: Db, row: CommentRow): Promise<void> {
  await db.insert(ideaComments).values(row);
}

/** The discussion, oldest first; a board's ideas rarely gather more than the cap. */
export async function commentsOf(db: Db, ideaId: string, cap: number): Promise<CommentRow[]> {
  return db
    .select()
    .from(ideaComments)
    .where(and(eq(ideaComments.ideaId, ideaId), isNull(ideaComments.deletedAt)))
    .orderBy(asc(ideaComments.createdAt))
    .limit(cap);
}

/** A merged idea's discussion continues under the one it went into. */
export async function moveComments(db: Db, fromId: string, intoId: string): Promise<void> {
  await db.update(ideaComments).set({ ideaId: intoId }).where(eq(ideaComments.ideaId, fromId));
}
