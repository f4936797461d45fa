import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  boardListSchema,
  boardPageSchema,
  boardParam,
  boardQuery,
  boardSchema,
  boardSettingsBody,
  ideaSchema,
  similarQuery,
  similarSchema,
  submitIdeaBody,
} from '../schemas.ts';
import { configureBoard } from '../use-cases/board-settings.ts';
import { listBoards, listIdeas } from '../use-cases/list-ideas.ts';
import { similarIdeas, submitIdea } from '../use-cases/submit-idea.ts';

const tags = ['ideas'];

export function boardRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/ideas/boards',
    {
      schema: {
        tags,
        summary: 'The ideas boards (spaces of kind ideas) you may read, with your vote budget on each',
        response: { 200: boardListSchema },
      },
    },
    async (request) => listBoards(ctx, request.actor),
  );
  app.get(
    '/api/spaces/:slug/ideas',
    {
      schema: {
        tags,
        summary:
          'A board’s ideas, ranked. sort=votes (most votes), demand (each vote weighs 1, +1 when the voter is a ' +
          'verified purchaser, + log10(1 + what they bought in whole currency units): a customer worth 100 adds ' +
          'about 2), trending (votes in the last 14 days) or new. status=open (default), closed, all or one ' +
          'status; q matches titles; segment (staff) counts only the votes of a saved member segment.',
        params: boardParam,
        querystring: boardQuery,
        response: { 200: boardPageSchema },
      },
    },
    async (request) => listIdeas(ctx, request.actor, request.params.slug, request.query),
  );
  app.get(
    '/api/spaces/:slug/ideas/similar',
    {
      schema: {
        tags,
        summary: 'Ideas on the board whose titles look like this one (trigram match), against duplicates',
        params: boardParam,
        querystring: similarQuery,
        response: { 200: similarSchema },
      },
    },
    async (request) => similarIdeas(ctx, request.actor, request.params.slug, request.query.title),
  );
  app.post(
    '/api/spaces/:slug/ideas',
    {
      schema: {
        tags,
        summary: 'Submit an idea (Markdown body); you follow it from then on',
        params: boardParam,
        body: submitIdeaBody,
        response: { 201: ideaSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitIdea(ctx, request.actor, request.params.slug, request.body)),
  );
  app.put(
    '/api/spaces/:slug/ideas/settings',
    {
      schema: {
        tags,
        summary:
          'Set the board’s vote budget: how many open ideas one member may vote for at a time (null: no limit)',
        params: boardParam,
        body: boardSettingsBody,
        response: { 200: boardSchema },
      },
    },
    async (request) => configureBoard(ctx, request.actor, request.params.slug, request.body, request.meta),
  );
}
