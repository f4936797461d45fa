import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { z } from 'zod';
import {
  alertDetailSchema,
  alertListQuery,
  alertSchema,
  idParam,
  itemSchema,
  streamCountQuery,
  streamCountSchema,
  streamPageSchema,
  streamQuery,
} from '../schemas.ts';
import { acknowledgeAlert, listAlertDtos, readAlert } from '../use-cases/alerts.ts';
import { countStream, readItem, readStream } from '../use-cases/read-stream.ts';

const tags = ['listening'];

export function streamRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/listening/items',
    {
      schema: {
        tags,
        summary: 'The listening stream: mentions newest first, with search (web-search syntax) and filters',
        querystring: streamQuery,
        response: { 200: streamPageSchema },
      },
    },
    async (request) => readStream(ctx, request.actor, request.query),
  );
  app.get(
    '/api/listening/items/count',
    {
      schema: {
        tags,
        summary: 'How many mentions match the stream filters (counted up to 10,000)',
        querystring: streamCountQuery,
        response: { 200: streamCountSchema },
      },
    },
    async (request) => countStream(ctx, request.actor, request.query),
  );
  app.get(
    '/api/listening/items/:id',
    {
      schema: {
        tags,
        summary: 'One mention, with why it was scored, classified and routed as it was',
        params: idParam,
        response: { 200: itemSchema },
      },
    },
    async (request) => readItem(ctx, request.actor, request.params.id),
  );
  app.get(
    '/api/listening/alerts',
    {
      schema: {
        tags,
        summary: 'Spike alerts, newest first',
        querystring: alertListQuery,
        response: { 200: z.array(alertSchema) },
      },
    },
    async (request) => listAlertDtos(ctx, request.actor, request.query),
  );
  app.get(
    '/api/listening/alerts/:id',
    {
      schema: {
        tags,
        summary:
          'One alert: observed vs expected, since when, top terms, sources, authors, sentiment shift, examples',
        params: idParam,
        response: { 200: alertDetailSchema },
      },
    },
    async (request) => readAlert(ctx, request.actor, request.params.id),
  );
  app.post(
    '/api/listening/alerts/:id/acknowledge',
    { schema: { tags, summary: 'Acknowledge an alert', params: idParam, response: { 200: alertSchema } } },
    async (request) => acknowledgeAlert(ctx, request.actor, request.params.id),
  );
}
