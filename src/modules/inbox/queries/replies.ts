import { and, asc, eq } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { savedReplies, savedViews } from '../tables.ts';

export type SavedReplyRow = typeof savedReplies.$inferSelect;
export type SavedViewRow = typeof savedViews.$inferSelect;

export async function listSavedReplies(db: Db): Promise<SavedReplyRow[]> {
  return db.select().from(savedReplies).orderBy(asc(savedReplies.title));
}

export async function findSavedReply(db: Db, id: string): Promise<SavedReplyRow | undefined> {
  return (await db.select().from(savedReplies).where(eq(savedReplies.id, id)))[0];
}

export async function insertSavedReply(
  db: Db,
  row: typeof savedReplies.$inferInsert,
): Promise<SavedReplyRow> {
  return onlyRow(await db.insert(savedReplies).values(row).returning());
}

export async function updateSavedReply(
  db: Db,
  id: string,
  patch: Partial<SavedReplyRow>,
): Promise<SavedReplyRow> {
  return onlyRow(await db.update(savedReplies).set(patch).where(eq(savedReplies.id, id)).returning());
}

export async function deleteSavedReply(db: Db, id: string): Promise<void> {
  await db.delete(savedReplies).where(eq(savedReplies.id, id));
}

export async function viewsOf(db: Db, userId: string): Promise<SavedViewRow[]> {
  return db.select().from(savedViews).where(eq(savedViews.userId, userId)).orderBy(asc(savedViews.name));
}

export async function insertView(db: Db, row: typeof savedViews.$inferInsert): Promise<SavedViewRow> {
  return onlyRow(await db.insert(savedViews).values(row).returning());
}

export async function deleteView(db: Db, id: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning();
  return rows.length > 0;
}
