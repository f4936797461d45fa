import { and, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { storePurchases } from '../tables.ts';

export type PurchaseRow = typeof storePurchases.$inferSelect;

/** The stored purchase, or undefined when this order was stored before (by a retry or a race). */
export async function insertPurchase(
  db: Db,
  purchase: typeof storePurchases.$inferInsert,
): Promise<PurchaseRow | undefined> {
  const rows = await db.insert(storePurchases).values(purchase).onConflictDoNothing().returning();
  return rows[0];
}

export async function findPurchase(
  db: Db,
  storeId: string,
  orderId: string,
): Promise<PurchaseRow | undefined> {
  const rows = await db
    .select()
    .from(storePurchases)
    .where(and(eq(storePurchases.storeId, storeId), eq(storePurchases.orderId, orderId)));
  return rows[0];
}

/** Orders by one person queue behind each other, so two first orders at once send one welcome. */
export async function lockPurchaser(db: Db, email: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`onboarding:purchaser:${email}`}))`);
}

/** Whether this person was welcomed for an earlier purchase, at any store, as this member or by this email. */
export async function wasWelcomed(db: Db, memberId: string, email: string): Promise<boolean> {
  const rows = await db
    .select({ id: storePurchases.id })
    .from(storePurchases)
    .where(
      and(
        isNotNull(storePurchases.welcomedAt),
        or(eq(storePurchases.memberId, memberId), eq(storePurchases.email, email)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function markWelcomed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(storePurchases).set({ welcomedAt: at }).where(eq(storePurchases.id, id));
}

export async function recentPurchases(db: Db, storeId: string, limit: number): Promise<PurchaseRow[]> {
  return db
    .select()
    .from(storePurchases)
    .where(eq(storePurchases.storeId, storeId))
    .orderBy(desc(storePurchases.purchasedAt), desc(storePurchases.id))
    .limit(limit);
}
