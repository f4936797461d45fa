import { z } from 'zod';
import { messageChannels } from './messages.ts';
import { memberSummarySchema, segmentFilter } from './schemas.ts';

const subject = z.string().trim().min(1, 'Write a subject.').max(200);
const body = z
  .string()
  .trim()
  .min(1, 'Write the message.')
  .max(5_000)
  .describe('Plain text or Markdown; {name} becomes each member’s first name.');

export const messageBody = z.object({
  /** A greeting takes the newcomer out of the welcome queue. */
  kind: z.enum(['greeting', 'outreach']),
  /** Leave out to send a direct message to members with an account, else an email. */
  channel: z.enum(messageChannels).optional(),
  subject,
  body,
});

export const messageSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  channel: z.enum(messageChannels),
  toAddress: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  /** queued (an email on its way), sent, failed (the mail server refused; retried) or skipped. */
  status: z.enum(['queued', 'sent', 'failed', 'skipped']),
  /** Why it was skipped or failed; for a direct message, where it is. */
  detail: z.string(),
  sentBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});

export const welcomeItemSchema = memberSummarySchema.extend({
  /** What they did first, for the greeting to refer to. */
  firstActivity: z
    .object({ title: z.string(), link: z.string().nullable(), at: z.iso.datetime() })
    .nullable(),
});

export const advocateSchema = memberSummarySchema.extend({
  acceptedAnswers: z.number().int(),
  replies: z.number().int(),
  lastHelpedAt: z.iso.datetime(),
  lastOutreachAt: z.iso.datetime().nullable(),
});

export const campaignBody = z
  .object({
    name: z.string().trim().min(1, 'Name the campaign.').max(120),
    /** A saved segment; `filter` narrows it or stands alone. */
    segmentId: z.uuid({ message: 'Expected a segment id (UUID).' }).optional(),
    filter: segmentFilter.optional(),
    subject,
    body,
  })
  .refine((c) => c.segmentId || (c.filter && Object.values(c.filter).some(Boolean)), {
    message: 'Choose a segment or a filter: a campaign to everyone is not something Hearth sends.',
    path: ['segmentId'],
  });

const countsSchema = z.object({
  queued: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
});

export const campaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  segmentId: z.uuid().nullable(),
  filter: z.record(z.string(), z.string()),
  subject: z.string(),
  body: z.string(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  counts: countsSchema,
});

export const campaignDetailSchema = campaignSchema.extend({
  recipients: z.array(
    messageSchema
      .pick({ id: true, channel: true, toAddress: true, status: true, detail: true, sentAt: true })
      .extend({
        member: z.object({ id: z.uuid(), name: z.string() }),
      }),
  ),
});

export const campaignIdParam = z.object({
  campaignId: z.uuid({ message: 'Expected a campaign id (UUID).' }),
});
export const optOutQuery = z.object({
  m: z.uuid({ message: 'The link is incomplete: it names no member.' }),
  t: z.string().min(1).max(100),
});
