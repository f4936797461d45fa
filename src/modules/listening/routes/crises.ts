import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  closeCrisisSchema,
  crisisListQuery,
  crisisMemberSchema,
  crisisNoteSchema,
  crisisParams,
  crisisSchema,
  crisisSummarySchema,
  openCrisisSchema,
  statementBodySchema,
  statementParams,
} from '../crisis-schemas.ts';
import {
  addCrisisNote,
  addToDeck,
  closeCrisis,
  listCrisisDtos,
  openCrisis,
  readCrisis,
} from '../use-cases/crisis-room.ts';
import {
  approveStatement,
  draftStatement,
  editStatement,
  publishStatement,
} from '../use-cases/statements.ts';

const tags = ['crisis rooms'];
const room = { 200: crisisSchema };

function statementRoutes(app: HearthApp, ctx: AppContext): void {
  app.post(
    '/api/listening/crises/:id/statements',
    {
      schema: {
        tags,
        summary: 'Draft a holding statement',
        params: crisisParams,
        body: statementBodySchema,
        response: room,
      },
    },
    async (request) => draftStatement(ctx, request.actor, request.params.id, request.body),
  );
  app.patch(
    '/api/listening/crises/:id/statements/:statementId',
    {
      schema: {
        tags,
        summary: 'Edit a statement (an approved one goes back to draft)',
        params: statementParams,
        body: statementBodySchema,
        response: room,
      },
    },
    async (request) =>
      editStatement(ctx, request.actor, request.params.id, request.params.statementId, request.body),
  );
  app.post(
    '/api/listening/crises/:id/statements/:statementId/approve',
    {
      schema: {
        tags,
        summary: 'Approve a drafted statement (managers, admins)',
        params: statementParams,
        response: room,
      },
    },
    async (request) => approveStatement(ctx, request.actor, request.params.id, request.params.statementId),
  );
  app.post(
    '/api/listening/crises/:id/statements/:statementId/publish',
    {
      schema: {
        tags,
        summary: 'Publish an approved statement as an announcement and offer it as a saved reply',
        params: statementParams,
        response: room,
      },
    },
    async (request) => publishStatement(ctx, request.actor, request.params.id, request.params.statementId),
  );
}

/** Crisis rooms: opened from an alert or by hand, with people on deck, notes, statements and an outcome. */
export function crisisRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/listening/crises',
    {
      schema: {
        tags,
        summary: 'Crisis rooms, open first',
        querystring: crisisListQuery,
        response: { 200: z.array(crisisSummarySchema) },
      },
    },
    async (request) => listCrisisDtos(ctx, request.actor, request.query.limit),
  );
  app.post(
    '/api/listening/crises',
    {
      schema: {
        tags,
        summary: 'Open a crisis room (from an alert, or by hand)',
        body: openCrisisSchema,
        response: room,
      },
    },
    async (request) => openCrisis(ctx, request.actor, request.body),
  );
  app.get(
    '/api/listening/crises/:id',
    { schema: { tags, summary: 'A crisis room', params: crisisParams, response: room } },
    async (request) => readCrisis(ctx, request.actor, request.params.id),
  );
  app.post(
    '/api/listening/crises/:id/deck',
    {
      schema: {
        tags,
        summary: 'Put a colleague on deck (they are notified)',
        params: crisisParams,
        body: crisisMemberSchema,
        response: room,
      },
    },
    async (request) => addToDeck(ctx, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/listening/crises/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note to the timeline',
        params: crisisParams,
        body: crisisNoteSchema,
        response: room,
      },
    },
    async (request) => addCrisisNote(ctx, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/listening/crises/:id/close',
    {
      schema: {
        tags,
        summary: 'Close with a written outcome (managers, admins)',
        params: crisisParams,
        body: closeCrisisSchema,
        response: room,
      },
    },
    async (request) => closeCrisis(ctx, request.actor, request.params.id, request.body),
  );
  statementRoutes(app, ctx);
}
