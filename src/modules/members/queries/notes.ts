import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { memberNotes } from '../tables.ts';

export type NoteRow = typeof memberNotes.$inferSelect;

export async function insertNote(db: Db, row: NoteRow): Promise<void> {
  await db.insert(memberNotes).values(row);
}

/** The newest notes on these members (a member and those merged into it). */
export async function notesOf(db: Db, memberIds: readonly string[], limit: number): Promise<NoteRow[]> {
  if (memberIds.length === 0) return [];
  return db
    .select()
    .from(memberNotes)
    .where(inArray(memberNotes.memberId, [...memberIds]))
    .orderBy(desc(memberNotes.createdAt), desc(memberNotes.id))
    .limit(limit);
}

export async function findNote(db: Db, id: string): Promise<NoteRow | undefined> {
  const [row] = await db.select().from(memberNotes).where(eq(memberNotes.id, id));
  return row;
}
