import { integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Forum spaces (categories): where threads live, each of one kind and with its own audiences. */
export const spaces = pgTable(
  'spaces',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    kind: text('kind').notNull(),
    position: integer('position').notNull(),
    /** Roles that may read, post threads, reply; 'anyone' means signed-out visitors too. */
    readRoles: text('read_roles').array().notNull(),
    postRoles: text('post_roles').array().notNull(),
    replyRoles: text('reply_roles').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('spaces_slug_key').on(t.slug)],
);

/** People who moderate one space without being site moderators (staff included). */
export const spaceModerators = pgTable(
  'space_moderators',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] })],
);
