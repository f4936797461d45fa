import { asc, eq, lt } from 'drizzle-orm';
import { isUniqueViolation, onlyRow, type Db } from '../../../db/index.ts';
import { apiChannels, seenSignatures } from '../tables.ts';

export type ApiChannelRow = typeof apiChannels.$inferSelect;

export async function insertApiChannel(db: Db, row: typeof apiChannels.$inferInsert): Promise<ApiChannelRow> {
  return onlyRow(await db.insert(apiChannels).values(row).returning());
}

export async function findApiChannel(db: Db, id: string): Promise<ApiChannelRow | undefined> {
  return (await db.select().from(apiChannels).where(eq(apiChannels.id, id)))[0];
}

export async function listApiChannels(db: Db): Promise<ApiChannelRow[]> {
  return db.select().from(apiChannels).orderBy(asc(apiChannels.name));
}

export async function setSecrets(db: Db, id: string, secrets: string[]): Promise<ApiChannelRow> {
  return onlyRow(await db.update(apiChannels).set({ secrets }).where(eq(apiChannels.id, id)).returning());
}

/** False when this signature was seen before: the request is a replay. */
export async function rememberSignature(db: Db, digest: string, at: Date): Promise<boolean> {
  try {
    await db.insert(seenSignatures).values({ digest, seenAt: at });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function forgetSignaturesBefore(db: Db, before: Date): Promise<void> {
  await db.delete(seenSignatures).where(lt(seenSignatures.seenAt, before));
}
