import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { outreachPageSchema, outreachParams, outreachQuery, reachOutSchema } from '../outreach-schemas.ts';
import { markAnswered, reachOut, readOutreach } from '../use-cases/outreach.ts';

const tags = ['listening'];

/** Outreach: people who mentioned a problem and have not been contacted, and contact until they answer. */
export function outreachRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/listening/outreach',
    {
      schema: {
        tags,
        summary: 'The outreach queue (waiting), or outreach under way (contacted) or answered',
        querystring: outreachQuery,
        response: { 200: outreachPageSchema },
      },
    },
    async (request) => readOutreach(ctx, request.actor, request.query),
  );
  app.post(
    '/api/listening/outreach',
    {
      schema: {
        tags,
        summary: 'Reach out to the author of a mention by email, direct message, or on the platform',
        body: reachOutSchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await reachOut(ctx, request.actor, request.body)),
  );
  app.post(
    '/api/listening/outreach/:id/answered',
    {
      schema: {
        tags,
        summary: 'Mark outreach on another platform as answered',
        params: outreachParams,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await markAnswered(ctx, request.actor, request.params.id);
      return { ok: true as const };
    },
  );
}
