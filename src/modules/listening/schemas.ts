import { z } from 'zod';
import { inboxModes, intents, ruleCategories, sensitivities, sourceKinds } from './types.ts';

const isoDate = z.iso.datetime({ offset: true, message: 'Expected an ISO 8601 date-time with a time zone.' });

/** One mention as a webhook or a JSON line sends it. */
export const mentionSchema = z
  .object({
    id: z.string().trim().min(1).max(300).optional(),
    url: z.string().trim().max(2_000).optional(),
    title: z.string().max(2_000).optional(),
    text: z.string().max(100_000, 'A mention’s text is at most 100,000 characters.'),
    author: z
      .object({
        name: z.string().max(500).optional(),
        handle: z.string().max(500).optional(),
        email: z.string().max(320).optional(),
      })
      .optional(),
    platform: z.string().trim().max(40).optional(),
    publishedAt: isoDate.optional(),
  })
  .refine((mention) => mention.text.trim() !== '' || (mention.title ?? '').trim() !== '', {
    message: 'A mention needs a text (or at least a title).',
    path: ['text'],
  });
export type MentionInput = z.infer<typeof mentionSchema>;

export const webhookBody = z.union([
  mentionSchema,
  z.object({
    mentions: z.array(mentionSchema).min(1).max(1_000, 'Send at most 1,000 mentions per request.'),
  }),
]);

export const ingestOutcomeSchema = z.object({
  received: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  empty: z.number().int(),
  routed: z.number().int(),
});

const name = z.string().trim().min(1, 'Give it a name.').max(80);
const platform = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'A platform is a short lower-case word, like twitter or news.');

export const createSourceSchema = z.object({
  kind: z.enum(sourceKinds),
  name,
  platform: platform.optional(),
  url: z.string().trim().max(2_000).optional(),
  pollIntervalMinutes: z.number().int().min(5).max(1_440).optional(),
});
export const updateSourceSchema = z.object({
  name: name.optional(),
  platform: platform.optional(),
  url: z.string().trim().max(2_000).optional(),
  pollIntervalMinutes: z.number().int().min(5).max(1_440).optional(),
  archived: z.boolean().optional(),
});

export const sourceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(sourceKinds),
  name: z.string(),
  platform: z.string(),
  url: z.string().nullable(),
  /** email sources: the address to forward to. */
  address: z.string().nullable(),
  /** webhook sources: where to post, and the secret (only right after it is made). */
  endpoint: z.string().nullable(),
  secret: z.string().nullable(),
  pollIntervalMinutes: z.number().int(),
  health: z.enum(['new', 'healthy', 'failing', 'stale', 'idle']),
  lastPolledAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  nextPollAt: z.string().nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  itemCount: z.number().int(),
  lastItemAt: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
});

export const ruleInput = z.object({
  name,
  category: z.enum(ruleCategories),
  query: z.string().max(2_000),
  inbox: z.enum(inboxModes).optional(),
  alerts: z.boolean().optional(),
  sensitivity: z.enum(sensitivities).optional(),
  minVolume: z.number().int().min(1).max(100_000).optional(),
  cooldownHours: z.number().int().min(0).max(168).optional(),
});
export const ruleUpdate = z.object({
  name: name.optional(),
  category: z.enum(ruleCategories).optional(),
  query: z.string().max(2_000).optional(),
  inbox: z.enum(inboxModes).optional(),
  alerts: z.boolean().optional(),
  sensitivity: z.enum(sensitivities).optional(),
  minVolume: z.number().int().min(1).max(100_000).optional(),
  cooldownHours: z.number().int().min(0).max(168).optional(),
  archived: z.boolean().optional(),
});
export const ruleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  category: z.enum(ruleCategories),
  query: z.string(),
  canonical: z.string(),
  inbox: z.enum(inboxModes),
  alerts: z.boolean(),
  sensitivity: z.enum(sensitivities),
  minVolume: z.number().int(),
  cooldownHours: z.number().int(),
  matchCount: z.number().int(),
  rerunAt: z.string().nullable(),
  /** A re-run over history is queued or under way. */
  rerunning: z.boolean(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const queryCheckSchema = z.object({ query: z.string().max(2_000) });

export const settingsSchema = z.object({
  inboxIntents: z.array(z.enum(intents)).max(intents.length),
  inboxNegativeBelow: z.number().min(-1).max(0),
  inboxPerRulePerHour: z.number().int(),
  webhookUrl: z.string().nullable(),
  /** Shown only as whether one is set. */
  webhookSecretSet: z.boolean(),
  /** Only right after a secret is made. */
  webhookSecret: z.string().optional(),
});
export const settingsUpdate = z.object({
  inboxIntents: z.array(z.enum(intents)).max(intents.length).optional(),
  inboxNegativeBelow: z.number().min(-1).max(0).optional(),
  inboxPerRulePerHour: z.number().int().min(1).max(100_000).optional(),
  webhookUrl: z.string().trim().max(2_000).nullable().optional(),
  /** true: make a new signing secret (shown once). */
  rotateWebhookSecret: z.boolean().optional(),
});

export const streamQuery = z.object({
  q: z.string().max(2_000).optional(),
  ruleId: z.uuid().optional(),
  sourceId: z.uuid().optional(),
  intent: z.enum(intents).optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  language: z
    .string()
    .regex(/^[a-z]{3}$/, 'A language is an ISO 639-3 code like eng.')
    .optional(),
  routed: z.enum(['yes', 'no']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type StreamQuery = z.infer<typeof streamQuery>;

/** The stream's filters without paging: what a count is of. */
export const streamCountQuery = streamQuery.omit({ cursor: true, limit: true });
export type StreamCountQuery = z.infer<typeof streamCountQuery>;

/** Counting stops here: past it, "more than" is all a reader needs. */
export const streamCountCap = 10_000;
export const streamCountSchema = z.object({
  count: z.number().int().min(0),
  more: z
    .boolean()
    .describe(`True when more than ${streamCountCap.toLocaleString('en-US')} match: count is then the cap.`),
});

export const idParam = z.object({ id: z.uuid({ message: 'Expected an id (UUID).' }) });

export const itemSchema = z.object({
  id: z.uuid(),
  source: z.object({ id: z.uuid(), name: z.string() }),
  platform: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  author: z.object({
    name: z.string().nullable(),
    handle: z.string().nullable(),
    memberId: z.uuid().nullable(),
  }),
  publishedAt: z.string(),
  receivedAt: z.string(),
  language: z.string(),
  sentiment: z.number(),
  sentimentLabel: z.enum(['positive', 'neutral', 'negative']),
  intent: z.enum(intents),
  keyPhrases: z.array(z.string()),
  rules: z.array(z.object({ id: z.uuid(), name: z.string() })),
  conversationId: z.uuid().nullable(),
  why: z.object({
    sentimentDrivers: z.array(z.object({ word: z.string(), weight: z.number() })),
    intentCue: z.string().nullable(),
    routedBecause: z.string().nullable(),
    heldBack: z.string().nullable(),
  }),
});
export const streamPageSchema = z.object({ items: z.array(itemSchema), nextCursor: z.string().nullable() });

const counted = z.array(z.object({ name: z.string(), count: z.number().int() }));
export const alertSchema = z.object({
  id: z.uuid(),
  series: z.string(),
  label: z.string(),
  ruleId: z.uuid().nullable(),
  measure: z.enum(['volume', 'negativity']),
  bucketStart: z.string(),
  since: z.string(),
  observed: z.number(),
  expected: z.number(),
  strength: z.number(),
  status: z.enum(['open', 'acknowledged']),
  /** The crisis room opened from it, if any. */
  crisisId: z.uuid().nullable(),
  acknowledgedBy: z.uuid().nullable(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  createdAt: z.string(),
  explanation: z.object({
    topTerms: counted,
    topSources: counted,
    topAuthors: counted,
    sentimentNow: z.number().nullable(),
    sentimentBefore: z.number().nullable(),
    negativeShareNow: z.number().nullable(),
    negativeShareBefore: z.number().nullable(),
    sigmas: z.number(),
    horizon: z.number().int(),
  }),
});
export const alertDetailSchema = alertSchema.extend({
  examples: z.array(itemSchema),
  /** Volume per 5 minutes of the alert's series around it. */
  volume: z.array(z.object({ at: z.string(), items: z.number().int() })),
});
export const alertListQuery = z.object({
  status: z.enum(['open', 'acknowledged']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
