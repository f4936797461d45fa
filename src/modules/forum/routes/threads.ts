import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import type { AnonymousPageCache } from '../page-cache.ts';
import {
  createThreadSchema,
  editPostSchema,
  moveThreadSchema,
  postIdParam,
  postSchema,
  replySchema,
  revisionSchema,
  threadIdParam,
  threadListQuery,
  threadPageQuery,
  threadPageSchema,
  threadSchema,
  threadStateSchema,
  threadSummarySchema,
} from '../schemas.ts';
import { createThread } from '../use-cases/create-thread.ts';
import { editPost } from '../use-cases/edit-post.ts';
import { listSpaceThreads } from '../use-cases/list-threads.ts';
import { moveThread } from '../use-cases/move-thread.ts';
import { postHistory } from '../use-cases/post-history.ts';
import { readThreadPage } from '../use-cases/read-thread.ts';
import { replyToThread } from '../use-cases/reply.ts';
import { setThreadState } from '../use-cases/set-thread-state.ts';

const tags = ['forum'];
const thread = { 200: z.object({ thread: threadSchema }) };

export function threadRoutes(app: HearthApp, ctx: AppContext, cache: AnonymousPageCache): void {
  app.get(
    '/api/spaces/:slug/threads',
    {
      schema: {
        tags,
        summary: "A space's threads: pinned first, then most recently active",
        params: z.object({ slug: z.string().max(60) }),
        querystring: threadListQuery,
        response: {
          200: z.object({ items: z.array(threadSummarySchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    async (request) => listSpaceThreads(ctx, request.actor, request.params.slug, request.query),
  );

  app.post(
    '/api/threads',
    {
      schema: {
        tags,
        summary: 'Start a thread in a space (Markdown body)',
        body: createThreadSchema,
        response: { 201: threadPageSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createThread(ctx, request.actor, request.body)),
  );

  app.get(
    '/api/threads/:id',
    {
      schema: {
        tags,
        summary: 'One page of a thread, with its accepted answer',
        params: threadIdParam,
        querystring: threadPageQuery,
        response: { 200: threadPageSchema },
      },
    },
    async (request, reply) => {
      if (request.actor || request.query.post)
        return readThreadPage(ctx, request.actor, request.params.id, request.query);
      // Visitors share one cached copy per page; see AnonymousPageCache for why it stays correct.
      const key = `${request.params.id}:${request.query.page}:${request.query.pageSize}`;
      let page = cache.get(key);
      if (!page) {
        const generation = cache.begin();
        const fresh = await readThreadPage(ctx, null, request.params.id, request.query);
        page = cache.set(key, JSON.stringify(threadPageSchema.parse(fresh)), generation);
      }
      // The body is already JSON: the typed reply would want the object, so send through the plain one.
      const plain = reply as unknown as FastifyReply;
      plain.header('etag', page.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
      if (request.headers['if-none-match'] === page.etag) return plain.status(304).send();
      plain.type('application/json; charset=utf-8');
      if (!acceptsGzip(request.headers['accept-encoding'])) return plain.send(page.body);
      return plain.header('content-encoding', 'gzip').send(page.gzip);
    },
  );

  app.post(
    '/api/threads/:id/replies',
    {
      schema: {
        tags,
        summary: 'Reply to a thread',
        params: threadIdParam,
        body: replySchema,
        response: { 201: z.object({ post: postSchema, threadId: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await replyToThread(ctx, request.actor, request.params.id, request.body.body)),
  );

  app.patch(
    '/api/posts/:id',
    {
      schema: {
        tags,
        summary: 'Edit a post (and the title, for the opening post); the old version is kept',
        params: postIdParam,
        body: editPostSchema,
        response: { 200: z.object({ post: postSchema }) },
      },
    },
    async (request) => ({
      post: await editPost(ctx, request.actor, request.params.id, request.body, request.meta),
    }),
  );

  app.get(
    '/api/posts/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Earlier versions of a post (staff and moderators)',
        params: postIdParam,
        response: { 200: z.object({ items: z.array(revisionSchema) }) },
      },
    },
    async (request) => ({ items: await postHistory(ctx, request.actor, request.params.id) }),
  );

  app.patch(
    '/api/threads/:id/state',
    {
      schema: {
        tags,
        summary: 'Pin, lock or close a thread (moderators)',
        params: threadIdParam,
        body: threadStateSchema,
        response: thread,
      },
    },
    async (request) => ({
      thread: await setThreadState(ctx, request.actor, request.params.id, request.body, request.meta),
    }),
  );

  app.post(
    '/api/threads/:id/move',
    {
      schema: {
        tags,
        summary: 'Move a thread to another space (moderators of both)',
        params: threadIdParam,
        body: moveThreadSchema,
        response: thread,
      },
    },
    async (request) => ({
      thread: await moveThread(ctx, request.actor, request.params.id, request.body.space, request.meta),
    }),
  );
}

/** `gzip` named in Accept-Encoding, and not refused with q=0. */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    return name.trim() === 'gzip' && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}
