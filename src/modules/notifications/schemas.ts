import { z } from 'zod';

export const notificationKinds = ['reply', 'mention', 'accepted', 'message'] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const emailModes = ['instant', 'digest', 'off'] as const;

const perKind = z.object({ inApp: z.boolean(), email: z.boolean() });

export const preferencesSchema = z.object({
  email: z.enum(emailModes),
  kinds: z.object({ reply: perKind, mention: perKind, accepted: perKind, message: perKind }),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const updatePreferencesSchema = z.object({
  email: z.enum(emailModes).optional(),
  kinds: z
    .object({
      reply: perKind.partial(),
      mention: perKind.partial(),
      accepted: perKind.partial(),
      message: perKind.partial(),
    })
    .partial()
    .optional(),
});

export const defaultPreferences: Preferences = {
  email: 'instant',
  kinds: {
    reply: { inApp: true, email: true },
    mention: { inApp: true, email: true },
    accepted: { inApp: true, email: true },
    message: { inApp: true, email: true },
  },
};

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  actor: z.object({ id: z.uuid(), name: z.string(), handle: z.string() }).nullable(),
  threadId: z.uuid().nullable(),
  postId: z.uuid().nullable(),
  title: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
  nextCursor: z.string().nullable(),
});

export const listQuery = z.object({
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const markReadSchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);
export const unsubscribeQuery = z.object({ u: z.uuid(), t: z.string().min(10).max(200) });
