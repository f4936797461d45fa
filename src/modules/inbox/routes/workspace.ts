import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { coverageQuery, idParam, shiftSchema, shiftsQuery } from '../admin-schemas.ts';
import { agentStateSchema, availabilitySchema, savedViewInput, savedViewSchema } from '../schemas.ts';
import { changeAvailability, readAgentState } from '../use-cases/agent-state.ts';
import { addShift, coverage, listShifts, removeShift } from '../use-cases/rota.ts';
import { listSavedViews, removeSavedView, saveView } from '../use-cases/saved-views.ts';

const tags = ['inbox'];
const shiftDto = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  user: z.object({ id: z.uuid(), name: z.string(), handle: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
});

/** What an agent keeps for themself: saved views, availability, and the rota they work to. */
export function workspaceRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/views',
    {
      schema: {
        tags,
        summary: 'Your saved views (named filters of the inbox list)',
        response: { 200: z.object({ views: z.array(savedViewSchema) }) },
      },
    },
    async (request) => ({ views: await listSavedViews(ctx, request.actor) }),
  );
  app.post(
    '/api/inbox/views',
    {
      schema: {
        tags,
        summary: 'Save the current filters as a view',
        body: savedViewInput,
        response: { 201: z.object({ view: savedViewSchema }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ view: await saveView(ctx, request.actor, request.body) }),
  );
  app.delete(
    '/api/inbox/views/:id',
    { schema: { tags, summary: 'Delete one of your saved views', params: idParam } },
    async (request, reply) => {
      await removeSavedView(ctx, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/inbox/me',
    {
      schema: {
        tags,
        summary: 'Your availability, whether you are on duty, and your teams',
        response: { 200: agentStateSchema },
      },
    },
    async (request) => readAgentState(ctx, request.actor),
  );
  app.put(
    '/api/inbox/me/availability',
    {
      schema: {
        tags,
        summary: 'Set yourself available or away (away: no new conversations are assigned to you)',
        body: availabilitySchema,
        response: { 200: agentStateSchema },
      },
    },
    async (request) => changeAvailability(ctx, request.actor, request.body.available),
  );
  rotaRoutes(app, ctx);
}

function rotaRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/shifts',
    {
      schema: {
        tags,
        summary: 'The rota: shifts overlapping a period',
        querystring: shiftsQuery,
        response: { 200: z.object({ shifts: z.array(shiftDto) }) },
      },
    },
    async (request) => ({ shifts: await listShifts(ctx, request.actor, request.query) }),
  );
  app.post(
    '/api/inbox/shifts',
    {
      schema: {
        tags,
        summary: 'Put a team member on duty for a period',
        body: shiftSchema,
        response: { 201: z.object({ shift: shiftDto }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ shift: await addShift(ctx, request.actor, request.body) }),
  );
  app.delete(
    '/api/inbox/shifts/:id',
    { schema: { tags, summary: 'Remove a shift', params: idParam } },
    async (request, reply) => {
      await removeShift(ctx, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/inbox/coverage',
    {
      schema: {
        tags,
        summary: 'Opening hours in the coming days with nobody on duty, per team that keeps a rota',
        querystring: coverageQuery,
        response: {
          200: z.object({
            gaps: z.array(
              z.object({ teamId: z.uuid(), teamName: z.string(), startsAt: z.string(), endsAt: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => ({ gaps: await coverage(ctx, request.actor, request.query) }),
  );
}
