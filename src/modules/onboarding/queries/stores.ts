import { desc, eq, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { storePurchases, stores } from '../tables.ts';

export type StoreRow = typeof stores.$inferSelect;
export type StoreListRow = StoreRow & { purchases: number; lastPurchaseAt: Date | string | null };

export async function insertStore(db: Db, store: typeof stores.$inferInsert): Promise<StoreRow> {
  return onlyRow(await db.insert(stores).values(store).returning());
}

export async function findStore(db: Db, id: string): Promise<StoreRow | undefined> {
  const rows = await db.select().from(stores).where(eq(stores.id, id));
  return rows[0];
}

export async function setStoreSecrets(db: Db, id: string, secrets: string[]): Promise<StoreRow> {
  return onlyRow(await db.update(stores).set({ secrets }).where(eq(stores.id, id)).returning());
}

/** Stores newest first, each with how many orders it reported and when the last one was bought. */
export async function listStores(db: Db, id?: string): Promise<StoreListRow[]> {
  return db
    .select({
      id: stores.id,
      name: stores.name,
      secrets: stores.secrets,
      groupId: stores.groupId,
      createdBy: stores.createdBy,
      createdAt: stores.createdAt,
      archivedAt: stores.archivedAt,
      purchases: sql<number>`count(${storePurchases.id})::int`,
      lastPurchaseAt: sql<Date | string | null>`max(${storePurchases.purchasedAt})`,
    })
    .from(stores)
    .leftJoin(storePurchases, eq(storePurchases.storeId, stores.id))
    .where(id ? eq(stores.id, id) : undefined)
    .groupBy(stores.id)
    .orderBy(desc(stores.createdAt));
}

export async function findStoreByName(db: Db, name: string): Promise<StoreRow | undefined> {
  const rows = await db.select().from(stores).where(eq(stores.name, name)).limit(1);
  return rows[0];
}
