import { asc, eq, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { groups, users } from '../tables.ts';

export type GroupRow = typeof groups.$inferSelect;

export async function listGroups(db: Db): Promise<(GroupRow & { memberCount: number })[]> {
  return db
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      description: groups.description,
      createdAt: groups.createdAt,
      updatedAt: groups.updatedAt,
      // Qualified by hand: inside the subquery a bare "id" would mean the user's.
      memberCount: sql<number>`(select count(*)::int from users u where "groups"."id" = any(u.group_ids))`,
    })
    .from(groups)
    .orderBy(asc(groups.name));
}

export async function findGroup(db: Db, id: string): Promise<GroupRow | undefined> {
  const rows = await db.select().from(groups).where(eq(groups.id, id));
  return rows[0];
}

export async function existingGroupIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: groups.id })
    .from(groups)
    .where(sql`${groups.id} = any(${sql.param(ids)}::uuid[])`);
  return new Set(rows.map((row) => row.id));
}

export async function insertGroup(db: Db, group: typeof groups.$inferInsert): Promise<GroupRow> {
  return onlyRow(await db.insert(groups).values(group).returning());
}

export async function updateGroupRow(
  db: Db,
  id: string,
  patch: Partial<typeof groups.$inferInsert>,
): Promise<GroupRow> {
  return onlyRow(await db.update(groups).set(patch).where(eq(groups.id, id)).returning());
}

/** Deletes the group and takes it off everyone who was in it. */
export async function deleteGroupRow(db: Db, id: string): Promise<void> {
  await db
    .update(users)
    .set({ groupIds: sql`array_remove(${users.groupIds}, ${id}::uuid)` })
    .where(sql`${id}::uuid = any(${users.groupIds})`);
  await db.delete(groups).where(eq(groups.id, id));
}

export async function groupMembers(db: Db, id: string) {
  return db
    .select({ id: users.id, name: users.name, handle: users.handle, role: users.role })
    .from(users)
    .where(sql`${id}::uuid = any(${users.groupIds})`)
    .orderBy(asc(users.name));
}

/** Adds or removes one person; returns false when nothing changed. */
export async function setMembership(
  db: Db,
  groupId: string,
  userId: string,
  member: boolean,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({
      groupIds: member
        ? sql`array_append(${users.groupIds}, ${groupId}::uuid)`
        : sql`array_remove(${users.groupIds}, ${groupId}::uuid)`,
    })
    .where(
      sql`${users.id} = ${userId} and ${member ? sql`not` : sql``} (${groupId}::uuid = any(${users.groupIds}))`,
    )
    .returning({ id: users.id });
  return rows.length > 0;
}
