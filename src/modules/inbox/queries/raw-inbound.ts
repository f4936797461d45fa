import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { rawInbound } from '../tables.ts';

export type RawInboundRow = typeof rawInbound.$inferSelect;

export async function insertRawInbound(db: Db, row: typeof rawInbound.$inferInsert): Promise<void> {
  await db.insert(rawInbound).values(row);
}

export async function listRawInbound(db: Db, limit: number): Promise<RawInboundRow[]> {
  return db.select().from(rawInbound).orderBy(desc(rawInbound.receivedAt)).limit(limit);
}

export async function findRawInbound(db: Db, id: string): Promise<RawInboundRow | undefined> {
  return (await db.select().from(rawInbound).where(eq(rawInbound.id, id)))[0];
}
