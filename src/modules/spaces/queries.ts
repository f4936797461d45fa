import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { onlyRow, type Db, type Tx } from '../../db/index.ts';
import { spaceModerators, spaces } from './tables.ts';

export type SpaceRow = typeof spaces.$inferSelect;

export async function listSpaces(db: Db, includeArchived: boolean): Promise<SpaceRow[]> {
  return db
    .select()
    .from(spaces)
    .where(includeArchived ? undefined : isNull(spaces.archivedAt))
    .orderBy(asc(spaces.position), asc(spaces.name));
}

export async function findSpace(
  db: Db,
  by: { id: string } | { slug: string },
): Promise<SpaceRow | undefined> {
  const rows = await db
    .select()
    .from(spaces)
    .where('id' in by ? eq(spaces.id, by.id) : eq(spaces.slug, by.slug));
  return rows[0];
}

export async function insertSpace(db: Db, space: typeof spaces.$inferInsert): Promise<SpaceRow> {
  return onlyRow(await db.insert(spaces).values(space).returning());
}

export async function updateSpaceRow(
  db: Db,
  id: string,
  patch: Partial<typeof spaces.$inferInsert>,
): Promise<SpaceRow> {
  return onlyRow(await db.update(spaces).set(patch).where(eq(spaces.id, id)).returning());
}

export async function nextPosition(db: Db): Promise<number> {
  const rows = await db.select({ top: max(spaces.position) }).from(spaces);
  return (rows[0]?.top ?? -1) + 1;
}

export async function setPositions(db: Db, ids: string[], now: Date): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.update(spaces).set({ position, updatedAt: now }).where(eq(spaces.id, id));
  }
}

export async function moderatorsOf(db: Db, spaceIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(spaceIds.map((id) => [id, []]));
  if (spaceIds.length === 0) return result;
  const rows = await db
    .select({ spaceId: spaceModerators.spaceId, userId: spaceModerators.userId })
    .from(spaceModerators)
    .where(inArray(spaceModerators.spaceId, spaceIds))
    .orderBy(asc(spaceModerators.createdAt));
  for (const row of rows) result.get(row.spaceId)?.push(row.userId);
  return result;
}

export async function addModerator(db: Db, spaceId: string, userId: string, now: Date): Promise<void> {
  await db.insert(spaceModerators).values({ spaceId, userId, createdAt: now }).onConflictDoNothing();
}

export async function removeModerator(db: Db, spaceId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(spaceModerators)
    .where(and(eq(spaceModerators.spaceId, spaceId), eq(spaceModerators.userId, userId)))
    .returning({ userId: spaceModerators.userId });
  return rows.length > 0;
}

export interface SpaceWithModerators extends SpaceRow {
  moderatorIds: string[];
}

/** A space and who moderates it: what other modules need to apply the space's rules. */
export async function loadSpace(
  db: Db,
  by: { id: string } | { slug: string },
): Promise<SpaceWithModerators | undefined> {
  const space = await findSpace(db, by);
  if (!space) return undefined;
  const moderators = await moderatorsOf(db, [space.id]);
  return { ...space, moderatorIds: moderators.get(space.id) ?? [] };
}

/** Ids of spaces of one kind that are not archived. */
export async function spaceIdsOfKind(db: Db, kind: string): Promise<string[]> {
  const rows = await db
    .select({ id: spaces.id })
    .from(spaces)
    .where(and(eq(spaces.kind, kind), isNull(spaces.archivedAt)));
  return rows.map((row) => row.id);
}

export async function spacesByIds(db: Db, ids: string[]): Promise<Map<string, SpaceRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(spaces)
    .where(inArray(spaces.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** A deleted group stops being admitted anywhere. */
export async function forgetGroup(tx: Tx, groupId: string): Promise<void> {
  const entry = `group:${groupId}`;
  await tx.db
    .update(spaces)
    .set({
      readRoles: sql`array_remove(${spaces.readRoles}, ${entry})`,
      postRoles: sql`array_remove(${spaces.postRoles}, ${entry})`,
      replyRoles: sql`array_remove(${spaces.replyRoles}, ${entry})`,
    })
    .where(
      sql`${entry} = any(${spaces.readRoles}) or ${entry} = any(${spaces.postRoles}) or ${entry} = any(${spaces.replyRoles})`,
    );
}
