import { z } from 'zod';
import { ideaStatuses, sourceKinds } from './statuses.ts';

const title = z.string().trim().min(3, 'A title needs at least 3 characters.').max(160);
const body = z.string().trim().max(20_000).default('');

export const ideaIdParam = z.object({ id: z.uuid({ message: 'Expected an idea id (UUID).' }) });
export const boardParam = z.object({ slug: z.string().trim().toLowerCase().min(1).max(60) });

export const ideaSorts = ['votes', 'demand', 'trending', 'new'] as const;
export const statusFilters = ['open', 'closed', 'all', ...ideaStatuses] as const;

export const boardQuery = z.object({
  /**
   * votes: most votes first. demand: votes weighted by who cast them (see the route's summary).
   * trending: most votes in the last 14 days. new: newest first.
   */
  sort: z.enum(ideaSorts).default('votes'),
  status: z.enum(statusFilters).default('open'),
  q: z.string().trim().max(160).optional(),
  /** A saved member segment (staff): only votes of its members count. */
  segment: z.uuid({ message: 'Expected a segment id (UUID).' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type BoardQuery = z.infer<typeof boardQuery>;

export const similarQuery = z.object({ title: z.string().trim().min(3).max(160) });

export const submitIdeaBody = z.object({ title, body });
export type SubmitIdeaInput = z.infer<typeof submitIdeaBody>;

export const statusBody = z
  .object({
    status: z.enum(ideaStatuses),
    /** The official response (Markdown), shown with the status and sent to followers. */
    response: z.string().trim().max(5_000).optional(),
  })
  .refine((input) => input.status !== 'declined' || Boolean(input.response), {
    message: 'Say why when declining an idea: followers read it.',
    path: ['response'],
  });
export type StatusInput = z.infer<typeof statusBody>;

export const mergeBody = z.object({
  /** The idea this one is a duplicate of: it takes the votes, followers and comments. */
  intoId: z.uuid({ message: 'Expected the id (UUID) of the idea to merge into.' }),
});

export const commentBody = z.object({ body: z.string().trim().min(1, 'Write something first.').max(10_000) });

export const boardSettingsBody = z.object({
  /** How many open ideas one member may vote for at a time; null: no limit. */
  voteBudget: z.number().int().min(1).max(100).nullable(),
});

export const sourceRef = z.object({
  kind: z.enum(sourceKinds),
  id: z.uuid({ message: 'Expected the id (UUID) of the conversation, mention item or post.' }),
});
export const sourceQuery = sourceRef;

export const captureBody = z
  .object({
    source: sourceRef,
    /** Add the person's vote to this idea… */
    ideaId: z.uuid().optional(),
    /** …or submit a new idea for them on this board (with their vote). */
    idea: z.object({ board: boardParam.shape.slug, title, body }).optional(),
  })
  .refine((input) => Boolean(input.ideaId) !== Boolean(input.idea), {
    message: 'Give either ideaId (vote for an existing idea) or idea (a new one), not both.',
    path: ['ideaId'],
  });
export type CaptureInput = z.infer<typeof captureBody>;

// ----- answers -----------------------------------------------------------------------------

const person = z.object({ id: z.uuid(), name: z.string() });
const statusEnum = z.enum(ideaStatuses);

export const boardSchema = z.object({
  spaceId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  /** How many open ideas a member may vote for at a time; null: no limit. */
  voteBudget: z.number().int().nullable(),
  /** The reader's votes on open ideas here (null signed out). */
  votesUsed: z.number().int().nullable(),
  votesLeft: z.number().int().nullable(),
  can: z.object({
    submit: z.boolean(),
    vote: z.boolean(),
    manage: z.boolean(),
    configure: z.boolean(),
    capture: z.boolean(),
    inspect: z.boolean(),
  }),
});

export const ideaSummarySchema = z.object({
  id: z.uuid(),
  spaceId: z.uuid(),
  title: z.string(),
  excerpt: z.string(),
  status: statusEnum,
  statusAt: z.iso.datetime(),
  voteCount: z.number().int(),
  /** What the list was ranked by: votes (of the segment, when one is chosen), demand, or recent votes. */
  score: z.number(),
  /** Votes weighted by the voters' value (see GET /api/spaces/{slug}/ideas). */
  demand: z.number(),
  recentVotes: z.number().int(),
  commentCount: z.number().int(),
  author: person.nullable(),
  /** Staff recorded it for the author (from a conversation, a mention or a post). */
  captured: z.boolean(),
  voted: z.boolean(),
  createdAt: z.iso.datetime(),
});

export const boardPageSchema = z.object({
  board: boardSchema,
  items: z.array(ideaSummarySchema),
  nextCursor: z.string().nullable(),
});

const sourceSchema = z.object({
  kind: z.enum(sourceKinds),
  link: z.string().nullable(),
  excerpt: z.string().nullable(),
  capturedBy: person.nullable(),
});

export const ideaSchema = ideaSummarySchema.extend({
  bodyHtml: z.string(),
  bodyMarkdown: z.string(),
  board: boardSchema,
  response: z
    .object({ status: statusEnum, html: z.string(), by: person.nullable(), at: z.iso.datetime() })
    .nullable(),
  /** Set when the id asked for was merged into this idea (the answer is the survivor). */
  mergedFrom: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  following: z.boolean(),
  /** Where staff heard it (staff only). */
  source: sourceSchema.nullable(),
  history: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      fromStatus: statusEnum.nullable(),
      toStatus: statusEnum.nullable(),
      otherIdea: z.object({ id: z.uuid(), title: z.string() }).nullable(),
      note: z.string().nullable(),
      by: person.nullable(),
      at: z.iso.datetime(),
    }),
  ),
  comments: z.array(z.object({ id: z.uuid(), author: person, html: z.string(), at: z.iso.datetime() })),
  /** Who voted, with where staff captured each vote (staff only; null for others). */
  voters: z
    .array(
      z.object({
        member: person,
        at: z.iso.datetime(),
        source: sourceSchema.nullable(),
        carriedFrom: z.object({ id: z.uuid(), title: z.string() }).nullable(),
      }),
    )
    .nullable(),
  can: z.object({
    vote: z.boolean(),
    follow: z.boolean(),
    comment: z.boolean(),
    manage: z.boolean(),
    capture: z.boolean(),
  }),
});

export const similarSchema = z.array(
  z.object({ id: z.uuid(), title: z.string(), status: statusEnum, voteCount: z.number().int() }),
);

export const boardListSchema = z.array(boardSchema);

export const sourcePreviewSchema = z.object({
  kind: z.enum(sourceKinds),
  /** Who said it, as Hearth will record them. */
  name: z.string(),
  link: z.string(),
  excerpt: z.string(),
});

export const captureResultSchema = z.object({
  idea: ideaSchema,
  memberId: z.uuid(),
  /** The person had already voted for it: nothing was added. */
  alreadyVoted: z.boolean(),
});

export type BoardDto = z.infer<typeof boardSchema>;
export type IdeaSummaryDto = z.infer<typeof ideaSummarySchema>;
export type IdeaDto = z.infer<typeof ideaSchema>;
export type BoardPageDto = z.infer<typeof boardPageSchema>;
