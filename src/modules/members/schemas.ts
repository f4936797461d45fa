import { z } from 'zod';
import { identityKinds } from './identities.ts';
import { stages } from './lifecycle.ts';

export const memberIdParam = z.object({ id: z.uuid({ message: 'Expected a member id (UUID).' }) });
export const mergeIdParam = z.object({ mergeId: z.uuid({ message: 'Expected a merge id (UUID).' }) });

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9 _-]{0,39}$/, 'A tag is 1–40 letters, digits, spaces, - or _.');

/** What a segment selects: any of a search, a stage, a tag, a country and something they said. */
export const segmentFilter = z.object({
  q: z.string().trim().min(1).max(200).optional(),
  stage: z.enum(stages).optional(),
  tag: tag.optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'A country is its two-letter ISO code, like PL.')
    .optional()
    .describe('Members in this country (ISO 3166-1 alpha-2), as a store order or staff gave it.'),
  said: z
    .string()
    .trim()
    .min(2, 'Say at least two letters.')
    .max(100)
    .optional()
    .describe(
      'Members whose timeline mentions these words (a post, mention or conversation about “billing”).',
    ),
});

export const memberListQuery = z.object({
  ...segmentFilter.shape,
  q: z.string().trim().max(200).optional(),
  /** Only these members (comma-separated ids, at most 100): e.g. the authors on a forum page. */
  ids: z
    .string()
    .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,99}$/i, 'Up to 100 member ids, separated by commas.')
    .optional(),
  /** A saved segment's filter (the other filters are added to it). */
  segment: z.uuid({ message: 'Expected a segment id (UUID).' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MemberListQuery = z.infer<typeof memberListQuery>;

export const timelineQuery = z.object({
  kinds: z
    .string()
    .max(200)
    .regex(/^[a-z_]+(,[a-z_]+)*$/, 'Kinds are a comma-separated list like thread,reply,mention.')
    .optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const noteBody = z.object({ body: z.string().trim().min(1, 'Write the note.').max(2_000) });
export const tagsBody = z.object({ tags: z.array(tag).max(20, 'At most 20 tags.') });
export const segmentBody = z.object({
  name: z.string().trim().min(1, 'Name the segment.').max(80),
  filter: segmentFilter.refine(
    (f) => f.q || f.stage || f.tag || f.country || f.said,
    'Choose at least one of a search, a stage, a tag, a country or words they said.',
  ),
});
export const segmentIdParam = z.object({ segmentId: z.uuid({ message: 'Expected a segment id (UUID).' }) });
export const segmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  filter: segmentFilter,
  createdAt: z.iso.datetime(),
});

export const mergeBody = z.object({
  /** The member merged into the one in the path. */
  fromId: z.uuid({ message: 'Expected the id (UUID) of the member to merge in.' }),
  /** Why, for whoever looks at the merge later ("same person: she wrote from her work address"). */
  reason: z.string().trim().max(500).optional(),
});

const identitySchema = z.object({
  kind: z.enum(identityKinds),
  platform: z.string(),
  value: z.string(),
  verified: z.boolean(),
});

export const memberSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  stage: z.enum(stages),
  /** Why, in words: "at risk: activity down 70% over 30 days (3 against 10)". */
  stageReason: z.string(),
  lastActiveAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  country: z.string().nullable(),
  /** When a store first reported a purchase by them (the purchase-verified badge). */
  purchaseVerifiedAt: z.iso.datetime().nullable(),
  /** What they bought in total, in minor units of the store's currency. */
  valueCents: z.number().int(),
  /** When staff greeted them (newcomers not greeted yet are in the welcome queue). */
  greetedAt: z.iso.datetime().nullable(),
  /** They asked not to get campaign or review messages. */
  optedOut: z.boolean(),
});

export const memberSchema = memberSummarySchema.extend({
  identities: z.array(identitySchema),
  tags: z.array(z.string()),
  /** Set when the id asked for was merged into this member. */
  mergedFrom: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  merges: z.array(
    z.object({
      id: z.uuid(),
      from: memberSummarySchema,
      /** Who merged them; null when Hearth did (both held a verified email). */
      by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      reason: z.string(),
      at: z.iso.datetime(),
    }),
  ),
  activityCounts: z.record(z.string(), z.number().int()),
  notes: z.array(
    z.object({
      id: z.uuid(),
      body: z.string(),
      author: z.object({ id: z.uuid(), name: z.string() }),
      at: z.iso.datetime(),
    }),
  ),
});

export const activitySchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  excerpt: z.string(),
  link: z.string().nullable(),
  sentiment: z.number().nullable(),
  sentimentLabel: z.enum(['positive', 'neutral', 'negative']).nullable(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  at: z.iso.datetime(),
});

export const timelinePageSchema = z.object({
  items: z.array(activitySchema),
  nextCursor: z.string().nullable(),
});
export const memberPageSchema = z.object({
  items: z.array(memberSummarySchema),
  nextCursor: z.string().nullable(),
});

export const mergeSuggestionSchema = z.object({
  member: memberSummarySchema,
  /** Why they look like the same person, in words: at least two reasons. */
  reasons: z.array(z.string()),
});
