import { z } from 'zod';
import { itemSchema } from './schemas.ts';

export const outreachVia = ['email', 'dm', 'platform'] as const;

export const reachOutSchema = z.object({
  itemId: z.uuid(),
  via: z.enum(outreachVia),
  message: z.string().trim().min(1, 'Write what to say.').max(10_000),
});
export const outreachQuery = z.object({
  status: z.enum(['waiting', 'contacted', 'answered']).default('waiting'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const outreachParams = z.object({ id: z.uuid() });

export const waitingPersonSchema = z.object({
  authorKey: z.string(),
  /** The newest of their problem mentions, and how many there are. */
  item: itemSchema,
  mentions: z.number().int(),
  /** How Hearth can reach them. */
  ways: z.array(z.enum(outreachVia)),
});

export const outreachSchema = z.object({
  id: z.uuid(),
  authorKey: z.string(),
  item: itemSchema.nullable(),
  via: z.enum(outreachVia),
  message: z.string(),
  status: z.enum(['contacted', 'answered']),
  conversationId: z.uuid().nullable(),
  threadId: z.uuid().nullable(),
  contactedBy: z.object({ id: z.uuid(), name: z.string() }),
  contactedAt: z.string(),
  answeredAt: z.string().nullable(),
});

export const outreachPageSchema = z.object({
  waiting: z.array(waitingPersonSchema),
  outreach: z.array(outreachSchema),
});
