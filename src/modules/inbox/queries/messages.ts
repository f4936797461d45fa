import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { activity, messages } from '../tables.ts';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessage = typeof messages.$inferInsert;
export type ActivityRow = typeof activity.$inferSelect;
export type NewActivity = typeof activity.$inferInsert;

export async function insertMessage(db: Db, row: NewMessage): Promise<MessageRow> {
  return onlyRow(await db.insert(messages).values(row).returning());
}

export async function findMessageByExternalId(db: Db, externalId: string): Promise<MessageRow | undefined> {
  return (await db.select().from(messages).where(eq(messages.externalId, externalId)))[0];
}

export async function messagesOf(db: Db, conversationId: string): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.seq));
}

export async function lastReplyOf(db: Db, conversationId: string): Promise<MessageRow | undefined> {
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, 'out')))
    .orderBy(desc(messages.createdAt), desc(messages.seq))
    .limit(1);
  return rows[0];
}

export async function setDeliveryStatus(db: Db, id: string, status: string): Promise<void> {
  await db.update(messages).set({ deliveryStatus: status }).where(eq(messages.id, id));
}

/** Returns null when a row with the same once-key exists: warnings and breaches are recorded once. */
export async function insertActivity(db: Db, row: NewActivity): Promise<ActivityRow | null> {
  const rows = await db.insert(activity).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function activityOf(db: Db, conversationId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(activity)
    .where(eq(activity.conversationId, conversationId))
    .orderBy(asc(activity.createdAt), asc(activity.seq));
}

/** Status changes, as the SLA clock needs them. */
export async function statusChangesOf(db: Db, conversationId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(activity)
    .where(and(eq(activity.conversationId, conversationId), inArray(activity.kind, ['status'])))
    .orderBy(asc(activity.createdAt), asc(activity.seq));
}

export async function countMessages(db: Db, conversationId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .where(eq(messages.conversationId, conversationId));
  return rows[0]?.n ?? 0;
}
