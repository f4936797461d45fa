import { z } from 'zod';
import { roles } from '../../core/roles.ts';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address.' }))
  .transform((email) => email.toLowerCase());
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(256, 'Use at most 256 characters.');
export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(80, 'Use at most 80 characters.');
export const roleSchema = z.enum(roles);
export const uuidParamSchema = z.object({ id: z.uuid({ message: 'Expected an id (UUID).' }) });
const oneTimeCodeSchema = z.string().min(10).max(200);

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  inviteCode: oneTimeCodeSchema.optional(),
});
export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
export const passwordResetRequestSchema = z.object({ email: emailSchema });
export const passwordResetSchema = z.object({ token: oneTimeCodeSchema, password: passwordSchema });
export const verifyEmailSchema = z.object({ token: oneTimeCodeSchema });
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});
export const updateProfileSchema = z.object({ name: nameSchema });
export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'Name the token.').max(80),
  scope: z.enum(['read', 'write']),
});
export const listUsersQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  status: z.enum(['active', 'suspended']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const changeRoleSchema = z.object({ role: roleSchema });
export const suspendSchema = z.object({ reason: z.string().trim().min(1, 'Give a reason.').max(500) });

const timestamp = z.string().describe('ISO 8601 time');
export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  handle: z.string(),
  role: roleSchema,
  status: z.enum(['active', 'suspended']),
  emailVerified: z.boolean(),
  createdAt: timestamp,
});
export const adminUserSchema = meSchema.extend({
  suspendedReason: z.string().nullable(),
  lastSeenAt: timestamp.nullable(),
});
export const sessionSchema = z.object({
  id: z.uuid(),
  createdAt: timestamp,
  lastSeenAt: timestamp,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: z.enum(['read', 'write']),
  prefix: z.string(),
  createdAt: timestamp,
  lastUsedAt: timestamp.nullable(),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

const groupSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes, like "beta-testers".')
  .min(2)
  .max(60);
export const createGroupSchema = z.object({
  name: z.string().trim().min(1, 'Name the group.').max(80),
  slug: groupSlugSchema,
  description: z.string().trim().max(500).default(''),
});
// Without its default: under .partial() Zod would still blank a description the change leaves out.
export const updateGroupSchema = createGroupSchema
  .extend({ description: z.string().trim().max(500) })
  .partial();
export const groupMemberSchema = z.object({ userId: z.uuid() });
export const groupSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  memberCount: z.number().int(),
});
export const groupMembersSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), handle: z.string(), role: z.string() })),
});
export type CreateGroupInput = z.infer<typeof createGroupSchema>;
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;
export type GroupDto = z.infer<typeof groupSchema>;
