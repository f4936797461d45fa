import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/** What a saved segment selects (schemas.ts validates it); every condition given must hold. */
export interface SegmentFilter {
  q?: string;
  stage?: string;
  tag?: string;
  country?: string;
  said?: string;
}

/**
 * One person, whatever channels they use. A member created for an account shares the account's id,
 * so the user ids other modules already keep are member ids too. A merged member stays as it was
 * (its identities and activities keep pointing at it) with `merged_into` set: undoing a merge is
 * clearing that pointer.
 */
export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    mergedInto: uuid('merged_into'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** When they last did anything Hearth saw (when they were first seen, to begin with). */
    lastActiveAt: stamp('last_active_at').notNull(),
    /** newcomer, regular, advocate, at_risk or gone (lifecycle.ts), and why, in words. */
    stage: text('stage').notNull().default('newcomer'),
    stageReason: text('stage_reason').notNull().default(''),
    /** When the stage last changed. */
    stageAt: stamp('stage_at'),
    /** ISO 3166-1 alpha-2, when known (a store order, staff). */
    country: text('country'),
    /** Set when a store reported a purchase by them: the badge staff see. */
    purchaseVerifiedAt: stamp('purchase_verified_at'),
    /** What they bought in total, in minor units of the store's currency: the weight of their demand. */
    valueCents: integer('value_cents').notNull().default(0),
    /** Staff greeted this newcomer (the welcome queue leaves them out). */
    greetedAt: stamp('greeted_at'),
    greetedBy: uuid('greeted_by'),
    /** A review request went out (once per member). */
    reviewRequestedAt: stamp('review_requested_at'),
    /** They asked not to get messages from staff campaigns. */
    contactOptOutAt: stamp('contact_opt_out_at'),
    createdAt: stamp('created_at').notNull(),
    updatedAt: stamp('updated_at').notNull(),
  },
  (t) => [
    index('members_merged_into_idx')
      .on(t.mergedInto)
      .where(sql`merged_into is not null`),
    index('members_active_idx').on(t.lastActiveAt.desc(), t.id.desc()),
    // Search by any part of a name or an identity (ILIKE '%…%').
    index('members_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('members_tags_idx').using('gin', t.tags),
    index('members_stage_idx')
      .on(t.stage, t.lastActiveAt.desc(), t.id.desc())
      .where(sql`merged_into is null`),
  ],
);

/**
 * A way to reach or recognise a member: an account, an email address, a handle on a platform, a
 * phone number. Each is held by one member; `verified` when the person proved it (a confirmed
 * email), which is what lets Hearth merge on its own.
 */
export const memberIdentities = pgTable(
  'member_identities',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    /** account, email, handle or phone. */
    kind: text('kind').notNull(),
    /** The platform of a handle (twitter, reddit…); '' for the others. */
    platform: text('platform').notNull().default(''),
    /** Normalised: lower-case email and handle (no @), digits of a phone number with its +. */
    value: text('value').notNull(),
    verified: boolean('verified').notNull().default(false),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('member_identities_value_key').on(t.kind, t.platform, t.value),
    index('member_identities_member_idx').on(t.memberId),
    index('member_identities_value_trgm_idx').using('gin', sql`${t.value} gin_trgm_ops`),
  ],
);

/**
 * Everything a member did anywhere, as the modules that saw it stated it: one row per post, mention,
 * conversation, vote, purchase or rating, keyed by what it is in its own module so it is written once.
 */
export const memberActivities = pgTable(
  'member_activities',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    /** thread, reply, answer_accepted, mention, conversation, csat, vote, purchase… */
    kind: text('kind').notNull(),
    /** The id of the thing in the module that owns it. */
    refId: text('ref_id').notNull(),
    title: text('title').notNull(),
    /** A short excerpt, plain text. */
    excerpt: text('excerpt').notNull().default(''),
    /** Where staff open it in Hearth (or outside, for a mention). */
    link: text('link'),
    /** −1…1 when the module scored it. */
    sentiment: real('sentiment'),
    /** Anything else the kind carries (a rating, a platform, a space). */
    facts: jsonb('facts').$type<Record<string, string | number | boolean | null>>().notNull(),
    at: stamp('at').notNull(),
  },
  (t) => [
    uniqueIndex('member_activities_ref_key').on(t.kind, t.refId),
    index('member_activities_timeline_idx').on(t.memberId, t.at.desc(), t.id.desc()),
  ],
);

/** A merge of one member into another, by staff or automatically, kept so it can be undone. */
export const memberMerges = pgTable(
  'member_merges',
  {
    id: uuid('id').primaryKey(),
    intoId: uuid('into_id').notNull(),
    fromId: uuid('from_id').notNull(),
    /** Null for an automatic merge (a verified email both held). */
    byUserId: uuid('by_user_id'),
    reason: text('reason').notNull(),
    at: stamp('at').notNull(),
    undoneAt: stamp('undone_at'),
    undoneBy: uuid('undone_by'),
  },
  (t) => [index('member_merges_into_idx').on(t.intoId, t.at.desc())],
);

/** What staff wrote down about a member ("prefers email", "beta tester since May"). */
export const memberNotes = pgTable(
  'member_notes',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [index('member_notes_member_idx').on(t.memberId, t.createdAt.desc())],
);

/** A saved filter over members ("advocates tagged beta"), shared by staff. */
export const memberSegments = pgTable(
  'member_segments',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    filter: jsonb('filter').$type<SegmentFilter>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('member_segments_name_key').on(t.name)],
);

/** Messages staff send to members outside a conversation: one row per person, tracked to delivery. */
export const memberMessages = pgTable(
  'member_messages',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id').notNull(),
    /** greeting, outreach, review_request or campaign. */
    kind: text('kind').notNull(),
    campaignId: uuid('campaign_id'),
    /** email or dm. */
    channel: text('channel').notNull(),
    toAddress: text('to_address'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** queued, sent, failed or skipped (opted out, no way to reach them). */
    status: text('status').notNull(),
    detail: text('detail').notNull().default(''),
    sentBy: uuid('sent_by'),
    createdAt: stamp('created_at').notNull(),
    sentAt: stamp('sent_at'),
  },
  (t) => [
    index('member_messages_member_idx').on(t.memberId, t.createdAt.desc()),
    index('member_messages_campaign_idx')
      .on(t.campaignId)
      .where(sql`campaign_id is not null`),
  ],
);

/** One message to everyone in a segment at the time it was sent. */
export const memberCampaigns = pgTable('member_campaigns', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  segmentId: uuid('segment_id'),
  filter: jsonb('filter').$type<Record<string, string>>().notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: stamp('created_at').notNull(),
});
