import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SpikeState } from './spikes/index.ts';
import type { AlertExplanation, ItemExplanation, RuleQuery, SourceConfig } from './types.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Where mentions come from: a signed webhook, an RSS/Atom feed Hearth polls, a forwarding
 * address for email, or bulk imports. Feeds keep their health here.
 */
export const sources = pgTable('listening_sources', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  /** The platform its items come from unless an item says otherwise (twitter, reddit, news…). */
  platform: text('platform').notNull(),
  config: jsonb('config').$type<SourceConfig>().notNull(),
  /** Webhook signing secrets, newest first (older ones keep working during a rotation). */
  secrets: jsonb('secrets').$type<string[]>().notNull().default([]),
  pollIntervalMinutes: integer('poll_interval_minutes').notNull().default(15),
  nextPollAt: stamp('next_poll_at'),
  lastPolledAt: stamp('last_polled_at'),
  lastSuccessAt: stamp('last_success_at'),
  lastError: text('last_error'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  etag: text('etag'),
  lastModified: text('last_modified'),
  itemCount: integer('item_count').notNull().default(0),
  lastItemAt: stamp('last_item_at'),
  createdAt: stamp('created_at').notNull(),
  archivedAt: stamp('archived_at'),
});

/** One mention, stored once (dedupe key), enriched on the way in. */
export const items = pgTable(
  'listening_items',
  {
    id: uuid('id').primaryKey(),
    sourceId: uuid('source_id').notNull(),
    /** The source's id of the item, else its URL, else a hash of author, text and time. */
    dedupeKey: text('dedupe_key').notNull(),
    url: text('url'),
    title: text('title'),
    body: text('body').notNull(),
    authorName: text('author_name'),
    authorHandle: text('author_handle'),
    authorEmail: text('author_email'),
    /** The community member this author is, when Hearth knows (same email or linked handle). */
    memberId: uuid('member_id'),
    platform: text('platform').notNull(),
    publishedAt: stamp('published_at').notNull(),
    receivedAt: stamp('received_at').notNull(),
    language: text('language').notNull(),
    sentiment: real('sentiment').notNull(),
    sentimentLabel: text('sentiment_label').notNull(),
    intent: text('intent').notNull(),
    keyPhrases: text('key_phrases').array().notNull(),
    /** Why: the words behind the sentiment, the cue behind the intent. */
    explanation: jsonb('explanation').$type<ItemExplanation>().notNull(),
    /** The watch rules it matches. */
    ruleIds: uuid('rule_ids').array().notNull(),
    conversationId: uuid('conversation_id'),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(title, '') || ' ' || body || ' ' || coalesce(author_name, '') || ' ' || coalesce(author_handle, ''))`,
    ),
  },
  (t) => [
    uniqueIndex('listening_items_dedupe_key').on(t.dedupeKey),
    index('listening_items_published_idx').on(t.publishedAt.desc(), t.id.desc()),
    index('listening_items_source_idx').on(t.sourceId, t.publishedAt),
    index('listening_items_rules_idx').using('gin', t.ruleIds),
    index('listening_items_search_idx').using('gin', t.search),
    // Most mentions are by strangers: only those by members are worth an index entry.
    index('listening_items_member_idx')
      .on(t.memberId)
      .where(sql`member_id is not null`),
  ],
);

/** A named boolean query for a brand, product, competitor or topic. */
export const rules = pgTable('listening_rules', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  query: text('query').notNull(),
  compiled: jsonb('compiled').$type<RuleQuery>().notNull(),
  /** needs_answer: complaints, questions and negative mentions; all; never. */
  inbox: text('inbox').notNull(),
  alerts: boolean('alerts').notNull().default(true),
  /** low, medium or high: how far from normal volume must go before an alert. */
  sensitivity: text('sensitivity').notNull().default('medium'),
  minVolume: integer('min_volume').notNull().default(5),
  cooldownHours: integer('cooldown_hours').notNull().default(6),
  matchCount: integer('match_count').notNull().default(0),
  /** When a re-run over history was last asked for; it is under way while this is after `rerunAt`. */
  rerunRequestedAt: stamp('rerun_requested_at'),
  rerunAt: stamp('rerun_at'),
  createdAt: stamp('created_at').notNull(),
  updatedAt: stamp('updated_at').notNull(),
  archivedAt: stamp('archived_at'),
});

/** Items per 5-minute bucket of a series (overall, per rule, and their negative share). */
export const buckets = pgTable(
  'listening_buckets',
  {
    series: text('series').notNull(),
    bucketStart: stamp('bucket_start').notNull(),
    items: integer('items').notNull(),
    negative: integer('negative').notNull(),
    sentimentSum: real('sentiment_sum').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.series, t.bucketStart] }),
    index('listening_buckets_time_idx').on(t.bucketStart),
  ],
);

/** What the spike detector has learnt about a series, and the last bucket it judged. */
export const detectors = pgTable('listening_detectors', {
  series: text('series').primaryKey(),
  state: jsonb('state').$type<SpikeState>().notNull(),
  judgedUntil: stamp('judged_until').notNull(),
  updatedAt: stamp('updated_at').notNull(),
});

export const alerts = pgTable(
  'listening_alerts',
  {
    id: uuid('id').primaryKey(),
    series: text('series').notNull(),
    ruleId: uuid('rule_id'),
    /** volume (items) or negativity (negative items). */
    measure: text('measure').notNull(),
    bucketStart: stamp('bucket_start').notNull(),
    since: stamp('since').notNull(),
    observed: real('observed').notNull(),
    expected: real('expected').notNull(),
    strength: real('strength').notNull(),
    explanation: jsonb('explanation').$type<AlertExplanation>().notNull(),
    status: text('status').notNull().default('open'),
    crisisId: uuid('crisis_id'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: stamp('acknowledged_at'),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [
    index('listening_alerts_created_idx').on(t.createdAt.desc()),
    uniqueIndex('listening_alerts_bucket_key').on(t.series, t.bucketStart),
  ],
);

/** One row: how listening behaves as a whole. */
export const listeningSettings = pgTable('listening_settings', {
  id: integer('id').primaryKey(),
  /** Intents that send a mention of a watched brand to the inbox (with needs_answer rules). */
  inboxIntents: text('inbox_intents').array().notNull(),
  /** At or below this sentiment a mention of a watched brand goes to the inbox too. */
  inboxNegativeBelow: real('inbox_negative_below').notNull(),
  /**
   * At most this many mentions per watch rule go to the inbox in an hour; in a spike the rest stay
   * in the stream (and the outreach queue) instead of burying the agents.
   */
  inboxPerRulePerHour: integer('inbox_per_rule_per_hour').notNull().default(60),
  /** Alerts are also posted here, signed with `webhookSecret`; null: no webhook. */
  webhookUrl: text('webhook_url'),
  webhookSecret: text('webhook_secret'),
  updatedAt: stamp('updated_at').notNull(),
});

/** How many mentions each rule sent to the inbox per hour (the hourly cap). */
export const inboxHandoffs = pgTable(
  'listening_inbox_handoffs',
  {
    ruleId: uuid('rule_id').notNull(),
    hourStart: stamp('hour_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.hourStart] })],
);

/** Webhook signatures already accepted: a replay inside the tolerance is refused. */
export const seenDeliveries = pgTable(
  'listening_seen_signatures',
  { digest: text('digest').primaryKey(), seenAt: stamp('seen_at').notNull() },
  (t) => [index('listening_seen_signatures_time_idx').on(t.seenAt)],
);

/** A crisis room: opened from an alert or by hand, run until someone writes down how it ended. */
export const crises = pgTable('listening_crises', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  status: text('status').notNull().default('open'),
  severity: text('severity').notNull().default('high'),
  /** The mentions it collects: this rule's (or everything watched), published since `since`. */
  ruleId: uuid('rule_id'),
  alertId: uuid('alert_id'),
  since: stamp('since').notNull(),
  openedBy: uuid('opened_by').notNull(),
  openedAt: stamp('opened_at').notNull(),
  outcome: text('outcome'),
  closedBy: uuid('closed_by'),
  closedAt: stamp('closed_at'),
  version: integer('version').notNull().default(1),
});

/** Who is on deck in a crisis room; each was notified when added. */
export const crisisMembers = pgTable(
  'listening_crisis_members',
  {
    crisisId: uuid('crisis_id').notNull(),
    userId: uuid('user_id').notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: stamp('added_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.crisisId, t.userId] })],
);

/** The crisis room's timeline: opened, notes, people added, statements, closed. */
export const crisisEvents = pgTable(
  'listening_crisis_events',
  {
    id: uuid('id').primaryKey(),
    crisisId: uuid('crisis_id').notNull(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [index('listening_crisis_events_crisis_idx').on(t.crisisId, t.createdAt)],
);

/** A holding statement: drafted, approved by a manager, then published and offered as a saved reply. */
export const statements = pgTable(
  'listening_statements',
  {
    id: uuid('id').primaryKey(),
    crisisId: uuid('crisis_id').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('draft'),
    draftedBy: uuid('drafted_by').notNull(),
    approvedBy: uuid('approved_by'),
    approvedAt: stamp('approved_at'),
    publishedAt: stamp('published_at'),
    threadId: uuid('thread_id'),
    savedReplyId: uuid('saved_reply_id'),
    createdAt: stamp('created_at').notNull(),
    updatedAt: stamp('updated_at').notNull(),
  },
  (t) => [index('listening_statements_crisis_idx').on(t.crisisId)],
);

/** Reaching out to someone who mentioned a problem, by email, direct message or on the platform. */
export const outreach = pgTable(
  'listening_outreach',
  {
    id: uuid('id').primaryKey(),
    /** The person: `email:<address>`, `member:<id>` or `<platform>:<handle>`; one outreach each. */
    authorKey: text('author_key').notNull(),
    itemId: uuid('item_id').notNull(),
    via: text('via').notNull(),
    message: text('message').notNull(),
    conversationId: uuid('conversation_id'),
    threadId: uuid('thread_id'),
    status: text('status').notNull().default('contacted'),
    contactedBy: uuid('contacted_by').notNull(),
    contactedAt: stamp('contacted_at').notNull(),
    answeredAt: stamp('answered_at'),
  },
  (t) => [uniqueIndex('listening_outreach_author_key').on(t.authorKey)],
);
