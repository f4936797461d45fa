import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { siteSettings } from './tables.ts';

export async function readSetting(db: Db, key: string): Promise<unknown> {
  const rows = await db
    .select({ value: siteSettings.value })
    .from(siteSettings)
    .where(eq(siteSettings.key, key));
  return rows[0]?.value;
}

export async function writeSetting(db: Db, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insert(siteSettings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: now } });
}

/** Inserts only when absent and returns what is stored: two nodes starting at once agree on one value. */
export async function initSetting(db: Db, key: string, value: unknown, now: Date): Promise<unknown> {
  await db.insert(siteSettings).values({ key, value, updatedAt: now }).onConflictDoNothing();
  return readSetting(db, key);
}
