import { sql } from 'drizzle-orm';
import type { PrivacyPart } from '../../core/privacy.ts';
import { selectRows } from '../../db/rows.ts';

/** What Hearth told them and how they like to be told; both go on erasure. */
export const notificationPrivacy: PrivacyPart = {
  export: async (db, subject) => {
    if (!subject.userId) return {};
    const [notifications, preferences] = await Promise.all([
      selectRows(
        db,
        sql`select kind, title, link, created_at, read_at from notifications where user_id = ${subject.userId}::uuid
            order by created_at`,
      ),
      selectRows(
        db,
        sql`select preferences from notification_preferences where user_id = ${subject.userId}::uuid`,
      ),
    ]);
    return { notifications, preferences: preferences[0] ?? null };
  },
  erase: async (tx, subject): Promise<Record<string, number>> => {
    if (!subject.userId) return {};
    const notifications = await selectRows(
      tx.db,
      sql`delete from notifications where user_id = ${subject.userId}::uuid returning id`,
    );
    await tx.db.execute(sql`delete from notification_preferences where user_id = ${subject.userId}::uuid`);
    return { notifications: notifications.length };
  },
};
