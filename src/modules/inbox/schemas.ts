import { z } from 'zod';

export const statuses = ['open', 'pending', 'snoozed', 'resolved'] as const;
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const views = ['all', 'mine', 'unassigned', 'breaching', 'resolved'] as const;

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, 'Tags are words, digits, dashes and underscores.')
  .max(40);

export const listQuery = z.object({
  view: z.enum(views).default('all'),
  teamId: z.uuid().optional(),
  channel: z.string().max(40).optional(),
  priority: z.enum(priorities).optional(),
  status: z.enum(statuses).optional(),
  tag: tag.optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListQuery = z.infer<typeof listQuery>;

/** A saved view keeps the list's filters (not its position): the same keys as the list's query. */
// Restated without the list's default view: a saved view keeps only the filters it was given.
export const viewFiltersSchema = listQuery
  .omit({ cursor: true, limit: true })
  .extend({ view: z.enum(views) })
  .partial()
  .strict();
export const savedViewInput = z.object({
  name: z.string().trim().min(1, 'Name the view.').max(60),
  filters: viewFiltersSchema,
});
export const savedViewSchema = z.object({ id: z.uuid(), name: z.string(), filters: viewFiltersSchema });
export const availabilitySchema = z.object({ available: z.boolean() });
export const agentStateSchema = z.object({
  available: z.boolean(),
  onDuty: z.boolean(),
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const conversationIdParam = z.object({
  id: z.uuid({ message: 'Expected a conversation id (UUID).' }),
});

const person = z.object({ id: z.uuid(), name: z.string(), handle: z.string() }).nullable();

export const conversationSummarySchema = z.object({
  id: z.uuid(),
  channel: z.string(),
  subject: z.string(),
  contact: z.object({
    memberId: z.uuid().nullable(),
    name: z.string().nullable(),
    address: z.string().nullable(),
  }),
  team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  assignee: person,
  status: z.enum(statuses),
  snoozedUntil: z.string().nullable(),
  priority: z.enum(priorities),
  tags: z.array(z.string()),
  nextDueAt: z.string().nullable(),
  breached: z.boolean(),
  deflected: z.boolean(),
  escalated: z.boolean(),
  lastMessageAt: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});

export const conversationListSchema = z.object({
  items: z.array(conversationSummarySchema),
  nextCursor: z.string().nullable(),
  counts: z.object({
    mine: z.number().int(),
    unassigned: z.number().int(),
    open: z.number().int(),
    breachingSoon: z.number().int(),
  }),
});

export const messageSchema = z.object({
  id: z.uuid(),
  direction: z.enum(['in', 'out', 'note', 'community']),
  author: z.object({ id: z.uuid().nullable(), name: z.string().nullable() }),
  automated: z.boolean(),
  html: z.string(),
  deliveryStatus: z.string(),
  createdAt: z.string(),
});

export const activitySchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const clockSchema = z.object({
  metric: z.enum(['first_response', 'next_response', 'resolution']),
  dueAt: z.string().nullable(),
  metAt: z.string().nullable(),
  breached: z.boolean(),
  remainingMinutes: z.number().nullable(),
});

export const scopeChangeSchema = z.object({
  id: z.uuid(),
  what: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
  agreedBy: z.string(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});

export const traceSchema = z.object({
  ruleId: z.string(),
  name: z.string(),
  matched: z.boolean(),
  reasons: z.array(z.string()),
  applied: z.array(z.string()),
});

export const conversationDetailSchema = conversationSummarySchema.extend({
  channelLabel: z.string(),
  canReply: z.boolean(),
  link: z.string().nullable(),
  slaPolicy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  clocks: z.array(clockSchema),
  routeTrace: z.array(traceSchema),
  suggestedTeam: z.object({ id: z.uuid(), name: z.string(), confidence: z.number() }).nullable(),
  messages: z.array(messageSchema),
  activity: z.array(activitySchema),
  scopeChanges: z.array(scopeChangeSchema),
  csat: z.object({ rating: z.number().int().nullable(), comment: z.string().nullable() }).nullable(),
});
export type ConversationDetailDto = z.infer<typeof conversationDetailSchema>;
export type ConversationSummaryDto = z.infer<typeof conversationSummarySchema>;

export const updateConversationSchema = z
  .object({
    status: z.enum(statuses).optional(),
    snoozedUntil: z.iso.datetime({ offset: true }).optional(),
    priority: z.enum(priorities).optional(),
    tags: z.array(tag).max(30).optional(),
    teamId: z.uuid().nullable().optional(),
    assigneeId: z.uuid().nullable().optional(),
    /** The version the agent's screen shows; a stale one answers 409 instead of overwriting. */
    version: z.number().int().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), 'Change at least one field.');
export type UpdateConversationInput = z.infer<typeof updateConversationSchema>;

export const replySchema = z.object({
  markdown: z.string().trim().min(1, 'Write a reply.').max(20_000),
  /** The newest message the agent had seen; a newer reply by someone else asks for confirmation. */
  lastSeenMessageId: z.uuid().nullable().optional(),
  confirm: z.boolean().default(false),
  /** Status after sending: pending (waiting for the member) is the usual choice. */
  then: z.enum(['open', 'pending', 'resolved']).default('pending'),
});
export type ReplyInput = z.infer<typeof replySchema>;

export const noteSchema = z.object({ markdown: z.string().trim().min(1, 'Write a note.').max(20_000) });

export const escalateSchema = z
  .object({
    teamId: z.uuid().optional(),
    userId: z.uuid().optional(),
    reason: z.string().trim().min(3, 'Say why it is escalated.').max(1000),
    /** Private: only the new owner, their team lead and managers see the conversation's messages. */
    private: z.boolean().default(false),
  })
  .refine((body) => body.teamId || body.userId, 'Escalate to a team, a person, or both.');

export const scopeChangeInput = z.object({
  what: z.string().trim().min(1).max(200),
  oldValue: z.string().trim().max(200),
  newValue: z.string().trim().min(1).max(200),
  agreedBy: z.string().trim().min(1, 'Say who agreed to it.').max(200),
});

export const presenceSchema = z.object({ state: z.enum(['viewing', 'typing', 'left']) });

export const phoneNoteSchema = z.object({
  memberId: z.uuid().nullable().default(null),
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().max(60).default(''),
  subject: z.string().trim().min(1).max(300),
  summary: z.string().trim().min(1).max(20_000),
  /** The call itself: the member spoke (in) and, usually, the agent answered on the call (out). */
  answeredOnCall: z.boolean().default(true),
});
