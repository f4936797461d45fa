import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { groups, invitations, invitationUses, users } from '../tables.ts';

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationListRow = Awaited<ReturnType<typeof listLinks>>[number];

export async function insertInvitation(
  db: Db,
  invitation: typeof invitations.$inferInsert,
): Promise<InvitationRow> {
  const rows = await db.insert(invitations).values(invitation).returning();
  return onlyRow(rows);
}

/** Many rows in a few statements, each under Postgres' limit of 65,535 parameters. */
export async function insertInvitations(db: Db, rows: (typeof invitations.$inferInsert)[]): Promise<void> {
  const chunk = 2_000;
  for (let start = 0; start < rows.length; start += chunk)
    await db.insert(invitations).values(rows.slice(start, start + chunk));
}

export async function findInvitationByHash(db: Db, codeHash: string): Promise<InvitationRow | undefined> {
  const rows = await db.select().from(invitations).where(eq(invitations.codeHash, codeHash));
  return rows[0];
}

/**
 * Takes one use of an open invitation in one statement: the row lock makes concurrent sign-ups
 * queue, so the last use is taken once and the one after it finds the code used up.
 */
export async function consumeInvitation(db: Db, codeHash: string, userId: string, now: Date) {
  const rows = await db
    .update(invitations)
    .set({
      useCount: sql`${invitations.useCount} + 1`,
      usedBy: sql`coalesce(${invitations.usedBy}, ${userId}::uuid)`,
      usedAt: sql`case when ${invitations.useCount} + 1 >= ${invitations.maxUses} then ${now.toISOString()}::timestamptz end`,
    })
    .where(
      and(
        eq(invitations.codeHash, codeHash),
        lt(invitations.useCount, invitations.maxUses),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning();
  if (rows[0]) await db.insert(invitationUses).values({ invitationId: rows[0].id, userId, usedAt: now });
  return rows[0];
}

/** Links and personal invitations, newest first; printed codes are listed by their batch. */
export async function listLinks(db: Db, limit: number) {
  return db
    .select({ invitation: invitations, creatorName: users.name, groupName: groups.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.createdBy))
    .leftJoin(groups, eq(groups.id, invitations.groupId))
    .where(isNull(invitations.batchId))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
}

export async function revokeInvitation(db: Db, id: string, now: Date): Promise<InvitationRow | undefined> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.id, id),
        isNull(invitations.revokedAt),
        lt(invitations.useCount, invitations.maxUses),
      ),
    )
    .returning();
  return rows[0];
}

export async function groupNameOf(db: Db, groupId: string | null): Promise<string | null> {
  if (!groupId) return null;
  const rows = await db.select({ name: groups.name }).from(groups).where(eq(groups.id, groupId));
  return rows[0]?.name ?? null;
}
