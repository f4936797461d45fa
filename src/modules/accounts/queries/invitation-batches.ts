import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { groups, invitationBatches, invitations, users } from '../tables.ts';

export type BatchRow = typeof invitationBatches.$inferSelect;
export type BatchListRow = Awaited<ReturnType<typeof listBatches>>[number];

export async function insertBatch(db: Db, batch: typeof invitationBatches.$inferInsert): Promise<BatchRow> {
  return onlyRow(await db.insert(invitationBatches).values(batch).returning());
}

/** Batches newest first, each with how many of its codes were used and how many revoked. */
export async function listBatches(db: Db, limit: number, id?: string) {
  return db
    .select({
      batch: invitationBatches,
      creatorName: users.name,
      groupName: groups.name,
      // Qualified by hand: inside the subquery a bare "id" would mean the invitation's.
      used: sql<number>`(select count(*)::int from invitations i where i.batch_id = "invitation_batches"."id" and i.use_count > 0)`,
      revoked: sql<number>`(select count(*)::int from invitations i where i.batch_id = "invitation_batches"."id" and i.revoked_at is not null)`,
    })
    .from(invitationBatches)
    .innerJoin(users, eq(users.id, invitationBatches.createdBy))
    .leftJoin(groups, eq(groups.id, invitationBatches.groupId))
    .where(id ? eq(invitationBatches.id, id) : undefined)
    .orderBy(desc(invitationBatches.createdAt))
    .limit(limit);
}

/** Revokes every code of the batch nobody has used yet; used ones stay as the record of who joined. */
export async function revokeBatchCodes(db: Db, batchId: string, now: Date): Promise<number> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.batchId, batchId),
        isNull(invitations.revokedAt),
        lt(invitations.useCount, invitations.maxUses),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length;
}
