import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { segmentBody, segmentIdParam, segmentSchema } from '../schemas.ts';
import { createSegment, deleteSegment, listSegments } from '../use-cases/segments.ts';

const tags = ['members'];

export function segmentRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/members/segments',
    {
      schema: { tags, summary: 'Saved member segments, by name', response: { 200: z.array(segmentSchema) } },
    },
    async (request) => listSegments(ctx, request.actor),
  );
  app.post(
    '/api/members/segments',
    {
      schema: {
        tags,
        summary: 'Save a segment: a search, a stage and/or a tag (list it with /api/members?segment=id)',
        body: segmentBody,
        response: { 201: segmentSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createSegment(ctx, request.actor, request.body)),
  );
  app.delete(
    '/api/members/segments/:segmentId',
    { schema: { tags, summary: 'Delete a saved segment', params: segmentIdParam } },
    async (request, reply) => {
      await deleteSegment(ctx, request.actor, request.params.segmentId);
      return reply.status(204).send();
    },
  );
}
