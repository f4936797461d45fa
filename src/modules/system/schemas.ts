import { z } from 'zod';

export const signupModeSchema = z.enum(['open', 'invite']);
export type SignupMode = z.infer<typeof signupModeSchema>;

/** Who may start a direct message: anyone with anyone, members only with staff, or only staff. */
export const directMessageModes = ['everyone', 'members_to_staff', 'staff_only'] as const;

/** How the community behaves; admins change it at run time. Defaults follow Discourse's. */
export const communitySettingsSchema = z.object({
  directMessages: z.enum(directMessageModes),
  autoHideFlagCount: z.number().int().min(1).max(50),
  unansweredAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  sandboxDays: z.number().int().min(0).max(90),
  sandboxMaxLinks: z.number().int().min(0).max(50),
  sandboxMaxMentions: z.number().int().min(0).max(50),
  sandboxPostsPerHour: z.number().int().min(1).max(1000),
});
export type CommunitySettings = z.infer<typeof communitySettingsSchema>;
export const defaultCommunitySettings: CommunitySettings = {
  directMessages: 'members_to_staff',
  autoHideFlagCount: 3,
  unansweredAfterHours: 24,
  sandboxDays: 1,
  sandboxMaxLinks: 2,
  sandboxMaxMentions: 2,
  sandboxPostsPerHour: 10,
};

export const settingsSchema = z.object({ signupMode: signupModeSchema, community: communitySettingsSchema });
export const updateSettingsSchema = z.object({
  signupMode: signupModeSchema.optional(),
  community: communitySettingsSchema.partial().optional(),
});

export const siteSchema = z.object({
  name: z.string(),
  signupMode: signupModeSchema,
  /** Who may start a direct message, so the composer can say so before anyone tries. */
  directMessages: z.enum(directMessageModes),
  demo: z.boolean(),
  demoLogins: z.array(z.object({ role: z.string(), email: z.string(), password: z.string() })),
});

export const jobSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  retryCount: z.number().int(),
  createdOn: z.string(),
  completedOn: z.string().nullable(),
  lastError: z.string().nullable(),
});
