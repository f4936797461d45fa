import { z } from 'zod';
import { roles } from '../../core/roles.ts';
import { spaceKinds } from '../spaces/index.ts';

const body = z.string().trim().min(1, 'Write something first.').max(50_000);
const title = z.string().trim().min(3, 'A title needs at least 3 characters.').max(200);
const spaceSlug = z.string().trim().toLowerCase().min(1).max(60);

export const createThreadSchema = z.object({ space: spaceSlug, title, body });
export const replySchema = z.object({ body });
export const editPostSchema = z.object({
  body,
  title: title.optional(),
  reason: z.string().trim().max(300).optional(),
});
export const threadStateSchema = z
  .object({ pinned: z.boolean(), locked: z.boolean(), closed: z.boolean() })
  .partial()
  .refine((state) => Object.keys(state).length > 0, 'Name at least one of pinned, locked, closed.');
export const moveThreadSchema = z.object({ space: spaceSlug });
export const acceptSchema = z.object({ postId: z.uuid() });
export const takePrivateSchema = z.object({ note: z.string().trim().max(1000).optional() });
export const flagReasons = ['spam', 'abuse', 'off_topic', 'other'] as const;
export const flagSchema = z
  .object({ reason: z.enum(flagReasons), note: z.string().trim().max(1000).default('') })
  .refine((flag) => flag.reason !== 'other' || flag.note.length > 0, {
    message: 'Say what is wrong when the reason is "other".',
    path: ['note'],
  });
export const reviewActions = ['hide', 'unhide', 'dismiss'] as const;
export const reviewSchema = z.object({ action: z.enum(reviewActions) });
export const directMessageSchema = z.object({
  to: z.string().trim().toLowerCase().min(1).max(40),
  title,
  body,
});

export const threadIdParam = z.object({ id: z.uuid({ message: 'Expected a thread id (UUID).' }) });
export const postIdParam = z.object({ id: z.uuid({ message: 'Expected a post id (UUID).' }) });
export const threadPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  /** Open the page that holds this post (links in emails point at a post). */
  post: z.uuid().optional(),
  pageSize: z.coerce.number().int().min(5).max(100).default(20),
});
export const threadListQuery = z.object({
  state: z.enum(['solved', 'unsolved']).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const searchQuery = z.object({
  q: z.string().trim().min(2, 'Search for at least 2 characters.').max(200),
  space: spaceSlug.optional(),
  author: z.string().trim().toLowerCase().max(40).optional(),
  solved: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const similarQuery = z.object({
  title: z.string().trim().max(200),
  body: z.string().trim().max(2000).optional(),
  space: spaceSlug.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const authorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  handle: z.string(),
  role: z.enum(roles),
  staff: z.boolean(),
});

const spaceRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), kind: z.enum(spaceKinds) });

export const postSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  kind: z.enum(['post', 'note']),
  author: authorSchema.nullable(),
  html: z.string(),
  markdown: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  editCount: z.number().int(),
  official: z.boolean(),
  accepted: z.boolean(),
  helpfulCount: z.number().int(),
  helpfulByMe: z.boolean(),
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  can: z.object({
    edit: z.boolean(),
    flag: z.boolean(),
    accept: z.boolean(),
    helpful: z.boolean(),
    moderate: z.boolean(),
    markOfficial: z.boolean(),
  }),
});

export const threadSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  space: spaceRef.nullable(),
  visibility: z.enum(['public', 'private', 'direct']),
  author: authorSchema.nullable(),
  lastPoster: authorSchema.nullable(),
  excerpt: z.string(),
  createdAt: z.string(),
  lastPostedAt: z.string(),
  replyCount: z.number().int(),
  pinned: z.boolean(),
  locked: z.boolean(),
  closed: z.boolean(),
  takenPrivate: z.boolean(),
  acknowledgedAt: z.string().nullable(),
  solved: z.boolean(),
  solvedByCommunity: z.boolean(),
});

export const threadSchema = threadSummarySchema.extend({
  version: z.number().int(),
  acceptedPostId: z.uuid().nullable(),
  privateNote: z.string().nullable(),
  participants: z.array(authorSchema),
  can: z.object({
    reply: z.boolean(),
    moderate: z.boolean(),
    accept: z.boolean(),
    actAsStaff: z.boolean(),
    seeHistory: z.boolean(),
  }),
});

export const threadPageSchema = z.object({
  thread: threadSchema,
  posts: z.array(postSchema),
  acceptedAnswer: postSchema.nullable(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
});

export const revisionSchema = z.object({
  editor: authorSchema.nullable(),
  bodyMarkdown: z.string(),
  title: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

export const searchHitSchema = z.object({
  thread: threadSummarySchema,
  postNumber: z.number().int(),
  /** Escaped text with the matching words wrapped in <mark>, nothing else. */
  highlight: z.string(),
  rank: z.number(),
});

export const similarSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  space: spaceRef.nullable(),
  solved: z.boolean(),
  replyCount: z.number().int(),
  score: z.number(),
});

export type CreateThreadInput = z.infer<typeof createThreadSchema>;
export type EditPostInput = z.infer<typeof editPostSchema>;
export type ThreadStateInput = z.infer<typeof threadStateSchema>;
export type FlagInput = z.infer<typeof flagSchema>;
export type SearchInput = z.infer<typeof searchQuery>;
export type SimilarInput = z.infer<typeof similarQuery>;
export type PostDto = z.infer<typeof postSchema>;
export type ThreadDto = z.infer<typeof threadSchema>;
export type ThreadSummaryDto = z.infer<typeof threadSummarySchema>;
export type ThreadPageDto = z.infer<typeof threadPageSchema>;
export type AuthorDto = z.infer<typeof authorSchema>;

export const moderationItemSchema = z.object({
  thread: threadSummarySchema,
  post: postSchema,
  flags: z.array(
    z.object({
      id: z.uuid(),
      reason: z.enum(flagReasons),
      note: z.string(),
      flagger: authorSchema.nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type ModerationItem = z.infer<typeof moderationItemSchema>;

export const profileSchema = z.object({
  person: authorSchema,
  joinedAt: z.string(),
  postCount: z.number().int(),
  solutionCount: z.number().int(),
  recentThreads: z.array(threadSummarySchema),
});
export type ProfileDto = z.infer<typeof profileSchema>;
