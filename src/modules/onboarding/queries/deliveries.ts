import { lt } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { storeDeliveries } from '../tables.ts';

/** False when this signature was accepted before: the request is a replay. */
export async function rememberDelivery(db: Db, digest: string, at: Date): Promise<boolean> {
  const rows = await db
    .insert(storeDeliveries)
    .values({ digest, seenAt: at })
    .onConflictDoNothing()
    .returning({ digest: storeDeliveries.digest });
  return rows.length > 0;
}

/** Signatures older than the tolerance cannot be replayed anyway (the timestamp check refuses them). */
export async function forgetDeliveriesBefore(db: Db, before: Date): Promise<void> {
  await db.delete(storeDeliveries).where(lt(storeDeliveries.seenAt, before));
}
