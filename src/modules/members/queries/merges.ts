import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { memberMerges } from '../tables.ts';

export type MergeRow = typeof memberMerges.$inferSelect;

export async function insertMerge(db: Db, row: typeof memberMerges.$inferInsert): Promise<void> {
  await db.insert(memberMerges).values(row);
}

export async function findMerge(db: Db, id: string, forUpdate = false): Promise<MergeRow | undefined> {
  const query = db.select().from(memberMerges).where(eq(memberMerges.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function markMergeUndone(db: Db, id: string, by: string, at: Date): Promise<void> {
  await db.update(memberMerges).set({ undoneAt: at, undoneBy: by }).where(eq(memberMerges.id, id));
}

/** Merges in force into these members, newest first. */
export async function activeMergesInto(db: Db, intoIds: readonly string[]): Promise<MergeRow[]> {
  if (intoIds.length === 0) return [];
  return db
    .select()
    .from(memberMerges)
    .where(and(inArray(memberMerges.intoId, [...intoIds]), isNull(memberMerges.undoneAt)))
    .orderBy(desc(memberMerges.at));
}

/** Whether staff once undid a merge of `fromId` into `intoId` (Hearth then never redoes it on its own). */
export async function wasUndone(db: Db, intoId: string, fromId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberMerges.id })
    .from(memberMerges)
    .where(
      and(eq(memberMerges.intoId, intoId), eq(memberMerges.fromId, fromId), isNotNull(memberMerges.undoneAt)),
    )
    .limit(1);
  return row !== undefined;
}
