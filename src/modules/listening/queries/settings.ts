import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { listeningSettings } from '../tables.ts';

export type ListeningSettingsRow = typeof listeningSettings.$inferSelect;

/** The one settings row (the migration inserts it with the defaults). */
export async function loadSettings(db: Db): Promise<ListeningSettingsRow> {
  const [row] = await db.select().from(listeningSettings).where(eq(listeningSettings.id, 1));
  if (!row) throw new Error('listening_settings has no row; run the migrations');
  return row;
}

export async function saveSettings(
  db: Db,
  patch: Partial<Omit<ListeningSettingsRow, 'id'>>,
): Promise<ListeningSettingsRow> {
  const [row] = await db.update(listeningSettings).set(patch).where(eq(listeningSettings.id, 1)).returning();
  if (!row) throw new Error('listening_settings has no row; run the migrations');
  return row;
}
