import { and, asc, eq } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { savedViews } from '../tables.ts';

export type SavedViewRow = typeof savedViews.$inferSelect;

export async function viewsOf(db: Db, userId: string): Promise<SavedViewRow[]> {
  return db
    .select()
    .from(savedViews)
    .where(eq(savedViews.userId, userId))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

export async function insertView(db: Db, row: typeof savedViews.$inferInsert): Promise<SavedViewRow> {
  return onlyRow(await db.insert(savedViews).values(row).returning());
}

/** Deletes only the owner's view: someone else's id answers as if it did not exist. */
export async function deleteViewOf(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning({ id: savedViews.id });
  return rows.length > 0;
}
