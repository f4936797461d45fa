import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Something that happened for one person: in the forum (a reply, a mention, an accepted answer, a
 * message) or in the inbox (an assignment, an SLA alert, a mention in an internal note, a request
 * to rate the help they got).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    threadId: uuid('thread_id'),
    postId: uuid('post_id'),
    /** Where it leads, as a site-relative path (`/inbox/c/<id>`, `/rate/<token>`); null means the thread. */
    link: text('link'),
    title: text('title').notNull(),
    /** False for someone who wants this kind by email only: it never shows in their list. */
    inApp: boolean('in_app').notNull().default(true),
    createdAt: stamp('created_at').notNull(),
    readAt: stamp('read_at'),
    emailedAt: stamp('emailed_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** Per person: which kinds reach them in the app and by email, and how often email comes. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id').primaryKey(),
  preferences: jsonb('preferences').notNull(),
  updatedAt: stamp('updated_at').notNull(),
});
