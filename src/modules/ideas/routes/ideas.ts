import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  captureBody,
  captureResultSchema,
  commentBody,
  ideaIdParam,
  ideaSchema,
  mergeBody,
  sourcePreviewSchema,
  sourceQuery,
  statusBody,
} from '../schemas.ts';
import { captureIdea, previewSource } from '../use-cases/capture.ts';
import { commentOnIdea } from '../use-cases/comment.ts';
import { mergeIdeas } from '../use-cases/merge-ideas.ts';
import { readIdea } from '../use-cases/read-idea.ts';
import { setIdeaStatus } from '../use-cases/set-status.ts';
import { followIdea, voteForIdea, withdrawVote } from '../use-cases/vote.ts';
import { demandReportRoutes } from '../reports/routes.ts';
import { boardRoutes } from './boards.ts';

const tags = ['ideas'];
const idea = { 200: ideaSchema };

export function ideaRoutes(app: HearthApp, ctx: AppContext): void {
  boardRoutes(app, ctx);
  demandReportRoutes(app, ctx);
  app.get(
    '/api/ideas/:id',
    {
      schema: {
        tags,
        summary:
          'An idea with its response, history, comments and (staff) voters; a merged idea answers with the one it went into',
        params: ideaIdParam,
        response: idea,
      },
    },
    async (request) => readIdea(ctx, request.actor, request.params.id),
  );
  app.put(
    '/api/ideas/:id/vote',
    {
      schema: {
        tags,
        summary: 'Vote for an idea (409 IDEA_VOTE_BUDGET_SPENT past the board’s budget); you follow it too',
        params: ideaIdParam,
        response: idea,
      },
    },
    async (request) => voteForIdea(ctx, request.actor, request.params.id),
  );
  app.delete(
    '/api/ideas/:id/vote',
    { schema: { tags, summary: 'Take your vote back', params: ideaIdParam, response: idea } },
    async (request) => withdrawVote(ctx, request.actor, request.params.id),
  );
  app.put(
    '/api/ideas/:id/follow',
    {
      schema: { tags, summary: 'Follow an idea: hear of its progress', params: ideaIdParam, response: idea },
    },
    async (request) => followIdea(ctx, request.actor, request.params.id, true),
  );
  app.delete(
    '/api/ideas/:id/follow',
    { schema: { tags, summary: 'Stop following an idea', params: ideaIdParam, response: idea } },
    async (request) => followIdea(ctx, request.actor, request.params.id, false),
  );
  app.post(
    '/api/ideas/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on an idea (Markdown)',
        params: ideaIdParam,
        body: commentBody,
        response: { 201: ideaSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await commentOnIdea(ctx, request.actor, request.params.id, request.body.body)),
  );
  app.post(
    '/api/ideas/:id/status',
    {
      schema: {
        tags,
        summary:
          'Set the status with an official response (required to decline); author, voters and followers are notified',
        params: ideaIdParam,
        body: statusBody,
        response: idea,
      },
    },
    async (request) => setIdeaStatus(ctx, request.actor, request.params.id, request.body, request.meta),
  );
  app.post(
    '/api/ideas/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Merge this duplicate into another idea: votes, followers and comments move, its address leads there',
        params: ideaIdParam,
        body: mergeBody,
        response: idea,
      },
    },
    async (request) => mergeIdeas(ctx, request.actor, request.params.id, request.body.intoId, request.meta),
  );
  app.get(
    '/api/ideas/capture/source',
    {
      schema: {
        tags,
        summary: 'Who said it and what, for a conversation, mention or post staff are about to capture from',
        querystring: sourceQuery,
        response: { 200: sourcePreviewSchema },
      },
    },
    async (request) => previewSource(ctx, request.actor, request.query),
  );
  app.post(
    '/api/ideas/capture',
    {
      schema: {
        tags,
        summary:
          'Capture an idea (new) or a vote (ideaId) for the person behind a conversation, mention or post',
        body: captureBody,
        response: { 200: captureResultSchema },
      },
    },
    async (request) => captureIdea(ctx, request.actor, request.body, request.meta),
  );
}
