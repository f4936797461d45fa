import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { inboxSettings } from '../tables.ts';

export type InboxSettingsRow = typeof inboxSettings.$inferSelect;

const defaults = {
  id: 1,
  calendar: null,
  highLoadPerAgent: 8,
  offHoursMessage:
    'We are away right now. Leave your question and we will answer first thing when we are back; for something urgent about safety, say so in the subject.',
  learnedRouting: 'suggest',
  applyConfidence: 0.7,
} as const;

/** The settings row, or the defaults before anyone has saved settings. */
export async function readInboxSettings(db: Db): Promise<InboxSettingsRow> {
  const rows = await db.select().from(inboxSettings).where(eq(inboxSettings.id, 1));
  return rows[0] ?? { ...defaults, updatedAt: new Date(0) };
}

export async function writeInboxSettings(
  db: Db,
  patch: Partial<Omit<InboxSettingsRow, 'id'>>,
  now: Date,
): Promise<InboxSettingsRow> {
  const current = await readInboxSettings(db);
  const next = { ...current, ...patch, id: 1, updatedAt: now };
  await db.insert(inboxSettings).values(next).onConflictDoUpdate({ target: inboxSettings.id, set: next });
  return next;
}
