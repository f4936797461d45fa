import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { notificationPreferences, notifications } from './tables.ts';

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertNotifications(
  db: Db,
  rows: (typeof notifications.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

export async function findNotification(db: Db, id: string): Promise<NotificationRow | undefined> {
  const rows = await db.select().from(notifications).where(eq(notifications.id, id));
  return rows[0];
}

export async function listNotifications(
  db: Db,
  userId: string,
  limit: number,
  after?: { createdAt: string; id: string },
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.inApp, true),
        after
          ? or(
              lt(notifications.createdAt, new Date(after.createdAt)),
              and(eq(notifications.createdAt, new Date(after.createdAt)), lt(notifications.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(eq(notifications.userId, userId), eq(notifications.inApp, true), isNull(notifications.readAt)),
    );
  return rows[0]?.n ?? 0;
}

export async function markRead(db: Db, userId: string, ids: string[] | 'all', now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.id, ids),
      ),
    );
}

/** What a digest still has to say: unread notifications nobody has emailed yet. */
export async function pendingForEmail(db: Db, userId: string): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.userId, userId), isNull(notifications.readAt), isNull(notifications.emailedAt)),
    )
    .orderBy(notifications.createdAt)
    .limit(200);
}

export async function markEmailed(db: Db, ids: string[], now: Date): Promise<void> {
  if (ids.length > 0)
    await db.update(notifications).set({ emailedAt: now }).where(inArray(notifications.id, ids));
}

export async function readPreferences(db: Db, userIds: string[]): Promise<Map<string, unknown>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, [...new Set(userIds)]));
  return new Map(rows.map((row) => [row.userId, row.preferences]));
}

export async function writePreferences(
  db: Db,
  userId: string,
  preferences: unknown,
  now: Date,
): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, preferences, updatedAt: now })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { preferences, updatedAt: now } });
}
