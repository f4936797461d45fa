import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { memberSegments, type SegmentFilter } from '../tables.ts';

export type SegmentRow = typeof memberSegments.$inferSelect;

/** A saved filter as the lists of conditions a member query takes. */
export function filterOfSegment(filter: SegmentFilter) {
  const one = (value: string | undefined) => (value ? [value] : []);
  return {
    searches: one(filter.q),
    stages: one(filter.stage),
    tags: one(filter.tag),
    countries: one(filter.country),
    saids: one(filter.said),
  };
}

export async function listSegmentRows(db: Db): Promise<SegmentRow[]> {
  return db.select().from(memberSegments).orderBy(asc(memberSegments.name));
}

export async function findSegment(db: Db, id: string): Promise<SegmentRow | undefined> {
  const [row] = await db.select().from(memberSegments).where(eq(memberSegments.id, id));
  return row;
}

/** False when the name is taken (the unique index decides, so two staff saving at once cannot both win). */
export async function insertSegment(db: Db, row: SegmentRow): Promise<boolean> {
  const inserted = await db
    .insert(memberSegments)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: memberSegments.id });
  return inserted.length > 0;
}

export async function deleteSegmentRow(db: Db, id: string): Promise<boolean> {
  const deleted = await db
    .delete(memberSegments)
    .where(eq(memberSegments.id, id))
    .returning({ id: memberSegments.id });
  return deleted.length > 0;
}
