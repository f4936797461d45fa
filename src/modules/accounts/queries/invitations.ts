import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { invitations, users } from '../tables.ts';

export type InvitationRow = typeof invitations.$inferSelect;

export async function insertInvitation(
  db: Db,
  invitation: typeof invitations.$inferInsert,
): Promise<InvitationRow> {
  const rows = await db.insert(invitations).values(invitation).returning();
  return onlyRow(rows);
}

/** Uses an open invitation in one statement, so a code can never be used twice. */
export async function consumeInvitation(db: Db, codeHash: string, usedBy: string, now: Date) {
  const rows = await db
    .update(invitations)
    .set({ usedAt: now, usedBy })
    .where(
      and(
        eq(invitations.codeHash, codeHash),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning();
  return rows[0];
}

export async function findOpenInvitation(
  db: Db,
  codeHash: string,
  now: Date,
): Promise<InvitationRow | undefined> {
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.codeHash, codeHash),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
  return rows[0];
}

export async function listInvitations(db: Db, limit: number) {
  return db
    .select({ invitation: invitations, creatorName: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.createdBy))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
}

export async function revokeInvitation(db: Db, id: string, now: Date): Promise<InvitationRow | undefined> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, id), isNull(invitations.revokedAt), isNull(invitations.usedAt)))
    .returning();
  return rows[0];
}

export async function findInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  const rows = await db.select().from(invitations).where(eq(invitations.id, id));
  return rows[0];
}
