import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  directMessageSchema,
  profileSchema,
  searchHitSchema,
  searchQuery,
  similarQuery,
  similarSchema,
  threadSummarySchema,
} from '../schemas.ts';
import { listDirectMessages, startDirectMessage } from '../use-cases/direct-messages.ts';
import { readProfile } from '../use-cases/profile.ts';
import { searchForum } from '../use-cases/search-forum.ts';
import { similarQuestions } from '../use-cases/similar-questions.ts';

export function discoveryRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text search over threads and replies, ranked and highlighted',
        querystring: searchQuery,
        response: { 200: z.object({ items: z.array(searchHitSchema) }) },
      },
    },
    async (request) => ({ items: await searchForum(ctx, request.actor, request.query) }),
  );
  app.get(
    '/api/similar',
    {
      schema: {
        tags: ['search'],
        summary: 'Threads that already ask what a new title asks (the composer calls this while you type)',
        querystring: similarQuery,
        response: { 200: z.object({ items: z.array(similarSchema) }) },
      },
    },
    async (request) => ({ items: await similarQuestions(ctx, request.actor, request.query) }),
  );
  app.get(
    '/api/people/:handle',
    {
      schema: {
        tags: ['people'],
        summary: "A member's public profile",
        params: z.object({ handle: z.string().max(40) }),
        response: { 200: profileSchema },
      },
    },
    async (request) => readProfile(ctx, request.actor, request.params.handle),
  );
  app.get(
    '/api/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Your direct messages, most recent first',
        response: { 200: z.object({ items: z.array(threadSummarySchema) }) },
      },
    },
    async (request) => ({ items: await listDirectMessages(ctx, request.actor) }),
  );
  app.post(
    '/api/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Start a direct message (who may write to whom is a site setting)',
        body: directMessageSchema,
        response: { 201: z.object({ threadId: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startDirectMessage(ctx, request.actor, request.body)),
  );
}
