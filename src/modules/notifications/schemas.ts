import { z } from 'zod';

/** Forum kinds point at a thread; inbox kinds (assigned onwards) carry a link to a conversation or page. */
export const notificationKinds = [
  'reply',
  'mention',
  'accepted',
  'message',
  'assigned',
  'sla_alert',
  'note_mention',
  'rating',
  'listening_alert',
  'idea_status',
  'idea_shipped',
  'idea_merged',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const emailModes = ['instant', 'digest', 'off'] as const;

const perKind = z.object({ inApp: z.boolean(), email: z.boolean() });

/** One schema per kind, so every kind is in the API's shape (and in OpenAPI) by name. */
function perEveryKind<T extends z.ZodType>(schema: T): Record<NotificationKind, T> {
  return Object.fromEntries(notificationKinds.map((kind) => [kind, schema])) as Record<NotificationKind, T>;
}

export const preferencesSchema = z.object({
  email: z.enum(emailModes),
  kinds: z.object(perEveryKind(perKind)),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const updatePreferencesSchema = z.object({
  email: z.enum(emailModes).optional(),
  kinds: z.object(perEveryKind(perKind.partial())).partial().optional(),
});

export const defaultPreferences: Preferences = {
  email: 'instant',
  kinds: {
    reply: { inApp: true, email: true },
    mention: { inApp: true, email: true },
    accepted: { inApp: true, email: true },
    message: { inApp: true, email: true },
    assigned: { inApp: true, email: true },
    sla_alert: { inApp: true, email: true },
    note_mention: { inApp: true, email: true },
    rating: { inApp: true, email: true },
    listening_alert: { inApp: true, email: true },
    idea_status: { inApp: true, email: true },
    idea_shipped: { inApp: true, email: true },
    idea_merged: { inApp: true, email: true },
  },
};

/**
 * What may be stored: anything written by this or an earlier version (which knew fewer kinds), or
 * damaged. Whatever is missing or unreadable is left out, so the defaults fill only that in.
 */
const storedPerKind = z
  .object({
    inApp: z.boolean().optional().catch(undefined),
    email: z.boolean().optional().catch(undefined),
  })
  .optional()
  .catch(undefined);
const storedPreferencesSchema = z
  .object({
    email: z.enum(emailModes).optional().catch(undefined),
    kinds: z.object(perEveryKind(storedPerKind)).optional().catch(undefined),
  })
  .catch({});

/** Stored preferences over the defaults, kind by kind and channel by channel: nobody's choice is lost. */
export function resolvePreferences(stored: unknown): Preferences {
  const parsed = storedPreferencesSchema.parse(stored ?? {});
  return {
    email: parsed.email ?? defaultPreferences.email,
    kinds: Object.fromEntries(
      notificationKinds.map((kind) => {
        const fallback = defaultPreferences.kinds[kind];
        const chosen = parsed.kinds?.[kind];
        return [kind, { inApp: chosen?.inApp ?? fallback.inApp, email: chosen?.email ?? fallback.email }];
      }),
    ) as Preferences['kinds'],
  };
}

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  actor: z.object({ id: z.uuid(), name: z.string(), handle: z.string() }).nullable(),
  threadId: z.uuid().nullable(),
  postId: z.uuid().nullable(),
  /** A site-relative path to open instead of the thread (a conversation, a rating page); null: the thread. */
  link: z.string().nullable(),
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
