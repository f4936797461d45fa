import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/** How an ideas space runs: the number of open ideas one member may vote for (null: no limit). */
export const ideaBoards = pgTable('idea_boards', {
  spaceId: uuid('space_id').primaryKey(),
  voteBudget: integer('vote_budget'),
  updatedAt: stamp('updated_at').notNull(),
});

/**
 * A suggestion in an ideas space. `author_id` is a member id (an account's member shares its id);
 * when staff captured it for someone, `captured_by` says who and `source_*` where it was said.
 * A merged idea keeps its row and points at the one it went into, so its address still leads there.
 */
export const ideas = pgTable(
  'ideas',
  {
    id: uuid('id').primaryKey(),
    spaceId: uuid('space_id').notNull(),
    title: text('title').notNull(),
    /** Markdown source; rendered and sanitised when read. */
    body: text('body').notNull(),
    authorId: uuid('author_id').notNull(),
    capturedBy: uuid('captured_by'),
    /** conversation, mention or post. */
    sourceKind: text('source_kind'),
    sourceRef: text('source_ref'),
    sourceLink: text('source_link'),
    sourceExcerpt: text('source_excerpt'),
    /** new, under_review, planned, in_progress, shipped, declined. */
    status: text('status').notNull().default('new'),
    statusAt: stamp('status_at').notNull(),
    /** The official staff response that came with the latest status. */
    response: text('response'),
    responseBy: uuid('response_by'),
    responseAt: stamp('response_at'),
    mergedInto: uuid('merged_into'),
    mergedAt: stamp('merged_at'),
    voteCount: integer('vote_count').notNull().default(0),
    createdAt: stamp('created_at').notNull(),
    updatedAt: stamp('updated_at').notNull(),
  },
  (t) => [
    index('ideas_board_idx')
      .on(t.spaceId, t.voteCount.desc(), t.id)
      .where(sql`merged_into is null`),
    index('ideas_status_idx').on(t.status, t.statusAt.desc()),
    index('ideas_author_idx').on(t.authorId),
    index('ideas_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

/** One member's vote for one idea; staff may record it for them, with where they said so. */
export const ideaVotes = pgTable(
  'idea_votes',
  {
    ideaId: uuid('idea_id').notNull(),
    memberId: uuid('member_id').notNull(),
    capturedBy: uuid('captured_by'),
    sourceKind: text('source_kind'),
    sourceRef: text('source_ref'),
    sourceLink: text('source_link'),
    /** The idea this vote was first cast for, when a merge carried it here. */
    carriedFrom: uuid('carried_from'),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.memberId] }), index('idea_votes_member_idx').on(t.memberId)],
);

/** Who hears about an idea's progress: its author, its voters and anyone who chose to follow. */
export const ideaFollowers = pgTable(
  'idea_followers',
  {
    ideaId: uuid('idea_id').notNull(),
    memberId: uuid('member_id').notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.memberId] }), index('idea_followers_member_idx').on(t.memberId)],
);

/** The discussion under an idea. */
export const ideaComments = pgTable(
  'idea_comments',
  {
    id: uuid('id').primaryKey(),
    ideaId: uuid('idea_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: stamp('created_at').notNull(),
    deletedAt: stamp('deleted_at'),
  },
  (t) => [index('idea_comments_idea_idx').on(t.ideaId, t.createdAt)],
);

/** Every status change and merge, with who made it and what they said: the idea's history. */
export const ideaEvents = pgTable(
  'idea_events',
  {
    id: uuid('id').primaryKey(),
    ideaId: uuid('idea_id').notNull(),
    /** status, merged_in, merged_away, captured_vote. */
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    otherIdeaId: uuid('other_idea_id'),
    note: text('note'),
    byUserId: uuid('by_user_id'),
    at: stamp('at').notNull(),
  },
  (t) => [index('idea_events_idea_idx').on(t.ideaId, t.at)],
);
