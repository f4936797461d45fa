import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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
import type { BusinessCalendar, EscalationRule } from '../sla/index.ts';
import type { Condition, RoutingActions, RuleTrace } from './routing.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/** One row: the organisation's opening hours and how the inbox behaves as a whole. */
export const inboxSettings = pgTable('inbox_settings', {
  id: integer('id').primaryKey(),
  /** Opening hours for rules ("within business hours"), the public page, and teams without their own. */
  calendar: jsonb('calendar').$type<BusinessCalendar>(),
  /** Open conversations per on-duty agent above which the public page shows a high-load notice. */
  highLoadPerAgent: integer('high_load_per_agent').notNull().default(8),
  offHoursMessage: text('off_hours_message').notNull(),
  /** off: never; suggest: show the learned team; apply: route there when confident enough. */
  learnedRouting: text('learned_routing').notNull().default('suggest'),
  applyConfidence: real('apply_confidence').notNull().default(0.7),
  updatedAt: stamp('updated_at').notNull(),
});

/** A group of agents who share work, a lead who hears about breaches, and their opening hours. */
export const teams = pgTable('inbox_teams', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  leadId: uuid('lead_id'),
  /** Null means around the clock. */
  calendar: jsonb('calendar').$type<BusinessCalendar>(),
  /** How new conversations for this team find an agent: manual, round_robin or balanced. */
  assignment: text('assignment').notNull().default('manual'),
  /** The next member round-robin assignment hands work to (an index into the members by join order). */
  roundRobinCursor: integer('round_robin_cursor').notNull().default(0),
  createdAt: stamp('created_at').notNull(),
  archivedAt: stamp('archived_at'),
});

export const teamMembers = pgTable(
  'inbox_team_members',
  {
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** Open conversations this agent can hold before balanced assignment passes them over. */
    capacity: integer('capacity').notNull().default(10),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('inbox_team_members_user_idx').on(t.userId)],
);

/** Agents say whether they take work now; assignment skips the unavailable and the off-duty. */
export const agentStates = pgTable('inbox_agent_states', {
  userId: uuid('user_id').primaryKey(),
  available: boolean('available').notNull().default(true),
  updatedAt: stamp('updated_at').notNull(),
});

/** The rota: who is on duty when (coverage, the public page, assignment). */
export const shifts = pgTable(
  'inbox_shifts',
  {
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    startsAt: stamp('starts_at').notNull(),
    endsAt: stamp('ends_at').notNull(),
  },
  (t) => [index('inbox_shifts_time_idx').on(t.startsAt, t.endsAt)],
);

/** Each hole in the rota is announced once, however often coverage is checked. */
export const coverageAlerts = pgTable('inbox_coverage_alerts', {
  key: text('key').primaryKey(),
  teamId: uuid('team_id').notNull(),
  startsAt: stamp('starts_at').notNull(),
  endsAt: stamp('ends_at').notNull(),
  createdAt: stamp('created_at').notNull(),
});

export const routingRules = pgTable('inbox_routing_rules', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  conditions: jsonb('conditions').$type<Condition[]>().notNull(),
  actions: jsonb('actions').$type<RoutingActions>().notNull(),
  stop: boolean('stop').notNull().default(false),
  createdAt: stamp('created_at').notNull(),
});

export const slaPolicies = pgTable('inbox_sla_policies', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  conditions: jsonb('conditions').$type<Condition[]>().notNull(),
  firstResponseMinutes: integer('first_response_minutes'),
  nextResponseMinutes: integer('next_response_minutes'),
  resolutionMinutes: integer('resolution_minutes'),
  warnBeforeMinutes: jsonb('warn_before_minutes').$type<number[]>().notNull(),
  /** Count only the team's business hours (else the clock runs around the clock). */
  businessHours: boolean('business_hours').notNull().default(true),
  escalation: jsonb('escalation').$type<EscalationRule[]>().notNull(),
  createdAt: stamp('created_at').notNull(),
});

/** External sources that post into the inbox through the signed API. */
export const apiChannels = pgTable('inbox_api_channels', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** Newest first; older ones keep working during a rotation. */
  secrets: jsonb('secrets').$type<string[]>().notNull(),
  /** Where agent replies are delivered (signed the same way); null keeps them in Hearth. */
  replyUrl: text('reply_url'),
  createdAt: stamp('created_at').notNull(),
});

/** Signatures already accepted: a replayed request is refused even inside the tolerance. */
export const seenSignatures = pgTable(
  'inbox_seen_signatures',
  { digest: text('digest').primaryKey(), seenAt: stamp('seen_at').notNull() },
  (t) => [index('inbox_seen_signatures_time_idx').on(t.seenAt)],
);

export const conversations = pgTable(
  'inbox_conversations',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel').notNull(),
    /** The channel's own key for this conversation (a forum thread id, an email thread, an API id). */
    channelRef: text('channel_ref').notNull(),
    subject: text('subject').notNull(),
    memberId: uuid('member_id'),
    contactName: text('contact_name'),
    contactAddress: text('contact_address'),
    teamId: uuid('team_id'),
    assigneeId: uuid('assignee_id'),
    status: text('status').notNull(),
    snoozedUntil: stamp('snoozed_until'),
    priority: text('priority').notNull().default('normal'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    slaPolicyId: uuid('sla_policy_id'),
    /** The earliest unmet SLA due time, for "breaching soon" and the list's order. */
    nextDueAt: stamp('next_due_at'),
    breached: boolean('breached').notNull().default(false),
    /** When the SLA sweep must look next: a warning, a due time, an escalation step, a snooze's end. */
    checkAt: stamp('check_at'),
    routeTrace: jsonb('route_trace').$type<RuleTrace[]>().notNull(),
    suggestedTeamId: uuid('suggested_team_id'),
    suggestionConfidence: real('suggestion_confidence'),
    /** Closed because the community answered it (forum questions). */
    deflected: boolean('deflected').notNull().default(false),
    escalated: boolean('escalated').notNull().default(false),
    /** Escalated privately: only its assignee, its team, managers and admins see it. */
    restricted: boolean('restricted').notNull().default(false),
    reopenCount: integer('reopen_count').notNull().default(0),
    firstResponseAt: stamp('first_response_at'),
    resolvedAt: stamp('resolved_at'),
    lastMessageAt: stamp('last_message_at').notNull(),
    lastMemberMessageAt: stamp('last_member_message_at'),
    createdAt: stamp('created_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('inbox_conversations_channel_ref_idx').on(t.channel, t.channelRef),
    // The list reads newest first (ORDER BY … DESC, i.e. NULLS FIRST: an index built NULLS LAST
    // cannot give that order) among the open statuses: in these the first page is the first 50
    // entries, where a plain index left every open row to be sorted.
    index('inbox_conversations_open_recent_idx')
      .on(t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('open', 'pending', 'snoozed')`),
    index('inbox_conversations_open_assignee_idx')
      .on(t.assigneeId, t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('open', 'pending', 'snoozed')`),
    index('inbox_conversations_open_team_idx')
      .on(t.teamId, t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} in ('open', 'pending', 'snoozed')`),
    // "assignee_id is null" is not an equality the order can follow, so unassigned has its own.
    index('inbox_conversations_unassigned_idx')
      .on(t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.assigneeId} is null and ${t.status} = 'open'`),
    index('inbox_conversations_resolved_idx')
      .on(t.lastMessageAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'resolved'`),
    // The "breaching soon" badge counts open rows by due time.
    index('inbox_conversations_open_due_idx')
      .on(t.nextDueAt)
      .where(sql`${t.status} = 'open'`),
    index('inbox_conversations_due_idx')
      .on(t.nextDueAt)
      .where(sql`${t.nextDueAt} is not null`),
    index('inbox_conversations_member_idx').on(t.memberId),
    index('inbox_conversations_created_idx').on(t.createdAt),
    index('inbox_conversations_check_idx')
      .on(t.checkAt)
      .where(sql`${t.checkAt} is not null`),
  ],
);

export const messages = pgTable(
  'inbox_messages',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id').notNull(),
    /** in: from the member; out: a reply to them; note: internal, never leaves Hearth. */
    direction: text('direction').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name'),
    /** Automated messages (auto-replies, bots) never stop or start an SLA clock or count in reports. */
    automated: boolean('automated').notNull().default(false),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html').notNull(),
    /** The channel's id for this message: one delivery of the same message is one row. */
    externalId: text('external_id'),
    deliveryStatus: text('delivery_status').notNull().default('none'),
    createdAt: stamp('created_at').notNull(),
    /** Arrival order, for messages stamped with the same instant. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('inbox_messages_conversation_idx').on(t.conversationId, t.createdAt),
    uniqueIndex('inbox_messages_external_idx')
      .on(t.externalId)
      .where(sql`${t.externalId} is not null`),
  ],
);

/** The timeline: every change of status, owner, priority, tags, team, SLA warnings and breaches. */
export const activity = pgTable(
  'inbox_activity',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id').notNull(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** Warnings and breaches carry a key so each is recorded once, however often the check runs. */
    onceKey: text('once_key'),
    createdAt: stamp('created_at').notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('inbox_activity_conversation_idx').on(t.conversationId, t.createdAt),
    index('inbox_activity_kind_idx').on(t.kind, t.createdAt),
    uniqueIndex('inbox_activity_once_idx')
      .on(t.conversationId, t.onceKey)
      .where(sql`${t.onceKey} is not null`),
  ],
);

/** Changes of scope or money, as structured facts rather than prose in a reply. */
export const scopeChanges = pgTable(
  'inbox_scope_changes',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id').notNull(),
    what: text('what').notNull(),
    oldValue: text('old_value').notNull(),
    newValue: text('new_value').notNull(),
    agreedBy: text('agreed_by').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [index('inbox_scope_changes_conversation_idx').on(t.conversationId)],
);

/** A person's named filter set ("my urgent email"), shown next to the built-in views. */
export const savedViews = pgTable(
  'inbox_saved_views',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<Record<string, string>>().notNull(),
    createdAt: stamp('created_at').notNull(),
  },
  (t) => [index('inbox_saved_views_user_idx').on(t.userId)],
);

export const savedReplies = pgTable('inbox_saved_replies', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: stamp('created_at').notNull(),
  updatedAt: stamp('updated_at').notNull(),
});

export const csatRequests = pgTable(
  'inbox_csat',
  {
    /** Also the secret in the rating link: random, never guessable from the conversation. */
    token: text('token').primaryKey(),
    conversationId: uuid('conversation_id').notNull(),
    memberId: uuid('member_id'),
    agentId: uuid('agent_id'),
    teamId: uuid('team_id'),
    channel: text('channel').notNull(),
    rating: integer('rating'),
    comment: text('comment'),
    requestedAt: stamp('requested_at').notNull(),
    answeredAt: stamp('answered_at'),
  },
  (t) => [index('inbox_csat_conversation_idx').on(t.conversationId)],
);

/** Inbound mail that could not be read: kept byte for byte so nothing sent to us is lost. */
export const rawInbound = pgTable('inbox_raw_inbound', {
  id: uuid('id').primaryKey(),
  channel: text('channel').notNull(),
  remoteAddress: text('remote_address'),
  envelopeFrom: text('envelope_from'),
  rawBase64: text('raw_base64').notNull(),
  error: text('error').notNull(),
  receivedAt: stamp('received_at').notNull(),
});

/** The learned router's current model (text → team), retrained from past routing decisions. */
export const routerModels = pgTable('inbox_router_models', {
  id: uuid('id').primaryKey(),
  model: text('model').notNull(),
  examples: integer('examples').notNull(),
  labels: integer('labels').notNull(),
  trainedAt: stamp('trained_at').notNull(),
});
