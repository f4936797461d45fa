import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  acceptSchema,
  postIdParam,
  postSchema,
  threadIdParam,
  threadSchema,
  threadSummarySchema,
} from '../schemas.ts';
import { acceptAnswer } from '../use-cases/accept-answer.ts';
import { markHelpful } from '../use-cases/mark-helpful.ts';
import { markOfficial } from '../use-cases/mark-official.ts';
import { unansweredQueue } from '../use-cases/unanswered-queue.ts';

const tags = ['questions'];
const thread = { 200: z.object({ thread: threadSchema }) };
const helpful = { 200: z.object({ helpfulCount: z.number().int(), helpfulByMe: z.boolean() }) };
const official = { 200: z.object({ post: postSchema }) };

export function answerRoutes(app: HearthApp, ctx: AppContext): void {
  app.put(
    '/api/threads/:id/accepted',
    {
      schema: {
        tags,
        summary: 'Accept a reply as the solution (the asker, staff, moderators)',
        params: threadIdParam,
        body: acceptSchema,
        response: thread,
      },
    },
    async (request) => ({
      thread: await acceptAnswer(ctx, request.actor, request.params.id, request.body.postId, request.meta),
    }),
  );
  app.delete(
    '/api/threads/:id/accepted',
    { schema: { tags, summary: 'Withdraw the accepted answer', params: threadIdParam, response: thread } },
    async (request) => ({
      thread: await acceptAnswer(ctx, request.actor, request.params.id, null, request.meta),
    }),
  );
  app.put(
    '/api/posts/:id/helpful',
    { schema: { tags, summary: 'Mark a reply as helpful to you', params: postIdParam, response: helpful } },
    async (request) => markHelpful(ctx, request.actor, request.params.id, true),
  );
  app.delete(
    '/api/posts/:id/helpful',
    { schema: { tags, summary: 'Take back your helpful mark', params: postIdParam, response: helpful } },
    async (request) => markHelpful(ctx, request.actor, request.params.id, false),
  );
  app.put(
    '/api/posts/:id/official',
    {
      schema: {
        tags,
        summary: "Mark a staff reply as the organisation's official response",
        params: postIdParam,
        response: official,
      },
    },
    async (request) => ({
      post: await markOfficial(ctx, request.actor, request.params.id, true, request.meta),
    }),
  );
  app.delete(
    '/api/posts/:id/official',
    { schema: { tags, summary: 'Unmark the official response', params: postIdParam, response: official } },
    async (request) => ({
      post: await markOfficial(ctx, request.actor, request.params.id, false, request.meta),
    }),
  );
  app.get(
    '/api/questions/unanswered',
    {
      schema: {
        tags,
        summary: 'Questions waiting for an answer or an accepted one, oldest first (staff)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({
            afterHours: z.number().int(),
            items: z.array(
              threadSummarySchema.extend({ waiting: z.enum(['no_reply', 'no_accepted_answer']) }),
            ),
          }),
        },
      },
    },
    async (request) => unansweredQueue(ctx, request.actor, request.query.limit),
  );
}
