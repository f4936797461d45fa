import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  flagSchema,
  moderationItemSchema,
  postIdParam,
  postSchema,
  reviewSchema,
  takePrivateSchema,
  threadIdParam,
  threadSchema,
} from '../schemas.ts';
import { acknowledgeComplaint } from '../use-cases/acknowledge-complaint.ts';
import { flagPost } from '../use-cases/flag-post.ts';
import { moderationQueue } from '../use-cases/moderation-queue.ts';
import { reviewPost } from '../use-cases/review-post.ts';
import { takePrivate } from '../use-cases/take-private.ts';

const tags = ['moderation'];
const thread = { 200: z.object({ thread: threadSchema }) };

export function moderationRoutes(app: HearthApp, ctx: AppContext): void {
  app.post(
    '/api/posts/:id/flags',
    {
      schema: {
        tags,
        summary: 'Flag a post for moderators (spam, abuse, off topic, other)',
        params: postIdParam,
        body: flagSchema,
        response: { 201: z.object({ openFlags: z.number().int(), hidden: z.boolean() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await flagPost(ctx, request.actor, request.params.id, request.body)),
  );
  app.get(
    '/api/moderation/flags',
    {
      schema: {
        tags,
        summary: 'Flagged posts waiting for review, oldest first',
        response: { 200: z.object({ items: z.array(moderationItemSchema) }) },
      },
    },
    async (request) => ({ items: await moderationQueue(ctx, request.actor) }),
  );
  app.post(
    '/api/moderation/posts/:id',
    {
      schema: {
        tags,
        summary: 'Hide or unhide a post, or dismiss its flags',
        params: postIdParam,
        body: reviewSchema,
        response: { 200: z.object({ post: postSchema }) },
      },
    },
    async (request) => ({
      post: await reviewPost(ctx, request.actor, request.params.id, request.body.action, request.meta),
    }),
  );
  app.post(
    '/api/threads/:id/acknowledge',
    { schema: { tags, summary: 'Acknowledge a complaint (staff)', params: threadIdParam, response: thread } },
    async (request) => ({
      thread: await acknowledgeComplaint(ctx, request.actor, request.params.id, request.meta),
    }),
  );
  app.post(
    '/api/threads/:id/private',
    {
      schema: {
        tags,
        summary: 'Take a public thread private between its author and staff, leaving a public note',
        params: threadIdParam,
        body: takePrivateSchema,
        response: thread,
      },
    },
    async (request) => ({
      thread: await takePrivate(ctx, request.actor, request.params.id, request.body.note, request.meta),
    }),
  );
}
