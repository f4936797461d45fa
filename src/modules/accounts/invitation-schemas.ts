import { z } from 'zod';
import { emailSchema } from './schemas.ts';

const timestamp = z.string().describe('ISO 8601 time');
const hoursInTenYears = 10 * 366 * 24;
const expiresInHours = z.coerce
  .number()
  .int('Give whole hours.')
  .min(1, 'An invitation lasts at least an hour.')
  .max(hoursInTenYears, 'An invitation lasts at most ten years.');
const groupId = z.uuid({ message: 'Expected a group id (UUID).' }).nullish();
const label = z.string().trim().max(120, 'Use at most 120 characters.');

export const createInvitationSchema = z
  .object({
    email: emailSchema.optional(),
    /** How many people may sign up with it: 1 for a personal invitation, more for a shared link. */
    maxUses: z.coerce
      .number()
      .int()
      .min(1, 'Allow at least one use.')
      .max(10_000, 'Allow at most 10,000 uses.')
      .default(1),
    expiresInHours: expiresInHours.default(14 * 24),
    groupId,
    label: label.optional(),
  })
  .refine((input) => !input.email || input.maxUses === 1, {
    path: ['maxUses'],
    message: 'An invitation for one email address admits one person.',
  });

export const createBatchSchema = z.object({
  name: z.string().trim().min(1, 'Name the batch (what it is printed on).').max(120),
  count: z.coerce
    .number()
    .int()
    .min(1, 'Make at least one code.')
    .max(10_000, 'Make at most 10,000 codes at once.'),
  expiresInHours: expiresInHours.default(365 * 24),
  groupId,
});

export const invitationCodeParamSchema = z.object({ code: z.string().min(10).max(200) });

const groupRef = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const invitationStatusSchema = z.enum(['open', 'used_up', 'expired', 'revoked']);

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  label: z.string().nullable(),
  maxUses: z.number().int(),
  useCount: z.number().int(),
  group: groupRef,
  status: invitationStatusSchema,
  createdAt: timestamp,
  expiresAt: timestamp,
  usedAt: timestamp.nullable().describe('When its last allowed use was taken'),
  revokedAt: timestamp.nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }),
});

export const createdInvitationSchema = z.object({
  invitation: invitationSchema,
  code: z.string(),
  url: z.string().describe('The sign-up link with the code; shown only in this response'),
});

export const batchSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number().int(),
  used: z.number().int(),
  revoked: z.number().int(),
  group: groupRef,
  createdAt: timestamp,
  expiresAt: timestamp,
  createdBy: z.object({ id: z.uuid(), name: z.string() }),
});

export const createdBatchSchema = z.object({
  batch: batchSchema,
  csv: z.string().describe('code,url,expires_at,batch: one line per code, shown only in this response'),
});

/** What a sign-up page may show about a code before anyone signs up with it. */
export const invitationPreviewSchema = z.object({
  label: z.string().nullable(),
  email: z.string().nullable().describe('The address it was sent to, when it was sent to one'),
  group: z.object({ name: z.string() }).nullable(),
  expiresAt: timestamp,
  usesLeft: z.number().int(),
});

export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;
export type CreateBatchInput = z.infer<typeof createBatchSchema>;
export type InvitationDto = z.infer<typeof invitationSchema>;
export type BatchDto = z.infer<typeof batchSchema>;
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;
