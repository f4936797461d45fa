import { z } from 'zod';

const title = z.string().trim().min(1, 'Give the crisis a name.').max(120);
const severity = z.enum(['low', 'medium', 'high']);

export const openCrisisSchema = z.object({
  title,
  severity: severity.optional(),
  /** Opened from this alert: its rule, and the mentions since its spike began. */
  alertId: z.uuid().optional(),
  ruleId: z.uuid().optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});
export const crisisVersion = z.object({ version: z.number().int().min(1) });
export const crisisNoteSchema = crisisVersion.extend({ text: z.string().trim().min(1).max(5_000) });
export const crisisMemberSchema = crisisVersion.extend({ userId: z.uuid() });
export const closeCrisisSchema = crisisVersion.extend({
  outcome: z.string().trim().min(10, 'Write down how it ended, in a sentence or two.').max(10_000),
});
export const statementBodySchema = z.object({ body: z.string().trim().min(1).max(10_000) });
export const crisisListQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) });
export const crisisParams = z.object({ id: z.uuid() });
export const statementParams = z.object({ id: z.uuid(), statementId: z.uuid() });

const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const statementSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  status: z.enum(['draft', 'approved', 'published']),
  draftedBy: person,
  approvedBy: person,
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  threadId: z.uuid().nullable(),
  savedReplyId: z.uuid().nullable(),
  updatedAt: z.string(),
});

export const crisisSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(['open', 'closed']),
  severity,
  rule: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  alertId: z.uuid().nullable(),
  since: z.string(),
  openedBy: person,
  openedAt: z.string(),
  closedBy: person.nullable(),
  closedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  version: z.number().int(),
});

export const crisisSchema = crisisSummarySchema.extend({
  onDeck: z.array(z.object({ userId: z.uuid(), name: z.string(), addedAt: z.string() })),
  statements: z.array(statementSchema),
  timeline: z.array(
    z.object({ kind: z.string(), actor: person, data: z.record(z.string(), z.unknown()), at: z.string() }),
  ),
  /** The stream query that lists the crisis's mentions (GET /api/listening/items). */
  items: z.object({ ruleId: z.uuid().nullable(), from: z.string() }),
});
