import { z } from 'zod';
import { roles } from '../../core/roles.ts';

export const spaceKinds = ['discussion', 'questions', 'ideas', 'complaints', 'announcements'] as const;
export type SpaceKind = (typeof spaceKinds)[number];

/** Who a space admits: a role, or 'anyone' for visitors who are not signed in. */
export const audiences = ['anyone', ...roles] as const;
export type Audience = (typeof audiences)[number];

/** A group admitted by id: `group:<uuid>`. */
export const groupAudiencePattern = /^group:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const audienceEntry = z.union([
  z.enum(audiences),
  z.string().toLowerCase().regex(groupAudiencePattern, 'Use a role, "anyone", or "group:<group id>".'),
]);

const audienceList = z
  .array(audienceEntry)
  .min(1, 'Name at least one role.')
  .max(audiences.length + 50)
  .transform((list) => [...new Set(list)]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes, like "product-questions".')
  .min(2)
  .max(60);

export const createSpaceSchema = z.object({
  name: z.string().trim().min(1, 'Name the space.').max(80),
  slug: slugSchema,
  description: z.string().trim().max(1000).default(''),
  kind: z.enum(spaceKinds),
  readRoles: audienceList.optional(),
  postRoles: audienceList.optional(),
  replyRoles: audienceList.optional(),
});
// Zod keeps a field's default under .partial(): a change that leaves the description out would
// blank it. The description is restated without its default.
export const updateSpaceSchema = createSpaceSchema
  .extend({ description: z.string().trim().max(1000) })
  .partial()
  .extend({ archived: z.boolean().optional() });
export const reorderSpacesSchema = z.object({ ids: z.array(z.uuid()).min(1).max(500) });
export const spaceModeratorSchema = z.object({ userId: z.uuid() });
export const spaceIdParamSchema = z.object({ id: z.uuid({ message: 'Expected a space id (UUID).' }) });

const audienceArray = z.array(z.string());
export const spaceSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(spaceKinds),
  position: z.number().int(),
  readRoles: audienceArray,
  postRoles: audienceArray,
  replyRoles: audienceArray,
  archived: z.boolean(),
  moderatorIds: z.array(z.uuid()),
  can: z.object({ post: z.boolean(), reply: z.boolean(), moderate: z.boolean() }),
});

export type CreateSpaceInput = z.infer<typeof createSpaceSchema>;
export type UpdateSpaceInput = z.infer<typeof updateSpaceSchema>;
