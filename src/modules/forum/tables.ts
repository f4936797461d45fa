import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const stamp = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A conversation: a public thread in a space, a private one (complaints, or taken private by
 * staff: visible to its author, its participants and staff), or a direct message (space_id null).
 */
export const threads = pgTable(
  'threads',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id'),
    authorId: uuid('author_id').notNull(),
    title: text('title').notNull(),
    visibility: text('visibility').notNull(),
    openingText: text('opening_text').notNull(),
    pinnedAt: stamp('pinned_at'),
    lockedAt: stamp('locked_at'),
    closedAt: stamp('closed_at'),
    takenPrivateAt: stamp('taken_private_at'),
    acknowledgedAt: stamp('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    acceptedPostId: uuid('accepted_post_id'),
    solvedAt: stamp('solved_at'),
    solvedByCommunity: boolean('solved_by_community').notNull().default(false),
    postCount: integer('post_count').notNull().default(1),
    /** When someone other than the asker first replied: the unanswered queue reads this. */
    firstAnsweredAt: stamp('first_answered_at'),
    lastPostedAt: stamp('last_posted_at').notNull(),
    lastPosterId: uuid('last_poster_id').notNull(),
    /** Bumped on every change a reader could see, so cached pages know when they are stale. */
    version: integer('version').notNull().default(1),
    createdAt: stamp('created_at').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', opening_text), 'B')`,
    ),
  },
  (t) => [
    // Serves a space's list as it is shown: pinned first, then the most recently active.
    index('threads_space_order_idx').on(
      t.spaceId,
      sql`(${t.pinnedAt} is not null) desc`,
      t.lastPostedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('threads_author_idx').on(t.authorId),
    index('threads_search_idx').using('gin', t.search),
    index('threads_title_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
  ],
);

/** Who takes part in a private conversation or a direct message, besides staff. */
export const threadParticipants = pgTable(
  'thread_participants',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    index('thread_participants_user_idx').on(t.userId),
  ],
);

/** Every post of a thread, number 1 being the opening one; the HTML is rendered once, on write. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    authorId: uuid('author_id').notNull(),
    /** 'post', or 'note' for what Hearth itself says in a thread (taken private, moved). */
    kind: text('kind').notNull().default('post'),
    bodyMarkdown: text('body_markdown').notNull(),
    bodyHtml: text('body_html').notNull(),
    bodyText: text('body_text').notNull(),
    official: boolean('official').notNull().default(false),
    helpfulCount: integer('helpful_count').notNull().default(0),
    editCount: integer('edit_count').notNull().default(0),
    editedAt: stamp('edited_at'),
    hiddenAt: stamp('hidden_at'),
    hiddenReason: text('hidden_reason'),
    createdAt: stamp('created_at').notNull(),
    search: tsvector('search').generatedAlwaysAs((): SQL => sql`to_tsvector('english', body_text)`),
  },
  (t) => [
    uniqueIndex('posts_thread_number_key').on(t.threadId, t.number),
    index('posts_author_idx').on(t.authorId, t.createdAt),
    index('posts_search_idx').using('gin', t.search),
  ],
);

/** What a post said before each edit (and the thread's title, when the edit changed it). */
export const postRevisions = pgTable(
  'post_revisions',
  {
    id: uuid('id').primaryKey(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    editorId: uuid('editor_id').notNull(),
    bodyMarkdown: text('body_markdown').notNull(),
    title: text('title'),
    reason: text('reason'),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [index('post_revisions_post_idx').on(t.postId, t.createdAt)],
);

/** "This helped me": one mark per reader per post, separate from likes. */
export const postHelpful = pgTable(
  'post_helpful',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** A member's report of a post; open until a moderator hides the post or dismisses the flags. */
export const postFlags = pgTable(
  'post_flags',
  {
    id: uuid('id').primaryKey(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    flaggerId: uuid('flagger_id').notNull(),
    reason: text('reason').notNull(),
    note: text('note').notNull().default(''),
    createdAt: stamp('created_at').notNull(),
    resolvedAt: stamp('resolved_at'),
    resolvedBy: uuid('resolved_by'),
    resolution: text('resolution'),
  },
  (t) => [
    uniqueIndex('post_flags_open_key')
      .on(t.postId, t.flaggerId)
      .where(sql`resolved_at is null`),
    index('post_flags_open_idx')
      .on(t.createdAt)
      .where(sql`resolved_at is null`),
  ],
);
