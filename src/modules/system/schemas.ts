import { z } from 'zod';

export const signupModeSchema = z.enum(['open', 'invite']);
export type SignupMode = z.infer<typeof signupModeSchema>;

export const settingsSchema = z.object({ signupMode: signupModeSchema });
export const updateSettingsSchema = settingsSchema.partial();

export const siteSchema = z.object({
  name: z.string(),
  signupMode: signupModeSchema,
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
