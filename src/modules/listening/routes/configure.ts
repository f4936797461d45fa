import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { parseWatchQuery, describeWatchQuery } from '../query/index.ts';
import {
  createSourceSchema,
  idParam,
  queryCheckSchema,
  ruleInput,
  ruleSchema,
  ruleUpdate,
  settingsSchema,
  settingsUpdate,
  sourceSchema,
  updateSourceSchema,
} from '../schemas.ts';
import { createRule, listRuleDtos, requestRerun, updateWatchRule } from '../use-cases/manage-rules.ts';
import {
  createSource,
  listSourceDtos,
  rotateSourceSecret,
  updateSourceSettings,
} from '../use-cases/manage-sources.ts';
import { readSettings, updateSettings } from '../use-cases/settings.ts';
import { listeningPolicy } from '../policy.ts';

const tags = ['listening settings'];

function sourceRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/listening/sources',
    {
      schema: {
        tags,
        summary: 'Listening sources and their health',
        response: { 200: z.array(sourceSchema) },
      },
    },
    async (request) => listSourceDtos(ctx, request.actor),
  );
  app.post(
    '/api/listening/sources',
    {
      schema: {
        tags,
        summary: 'Add a source: webhook (signed), RSS/Atom feed, email forwarding address, or import',
        body: createSourceSchema,
        response: { 200: sourceSchema },
      },
    },
    async (request) => createSource(ctx, request.actor, request.body),
  );
  app.patch(
    '/api/listening/sources/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-point, re-time or archive a source',
        params: idParam,
        body: updateSourceSchema,
        response: { 200: sourceSchema },
      },
    },
    async (request) => updateSourceSettings(ctx, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/listening/sources/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'A new webhook signing secret (the previous one keeps working until the next rotation)',
        params: idParam,
        response: { 200: sourceSchema },
      },
    },
    async (request) => rotateSourceSecret(ctx, request.actor, request.params.id),
  );
}

function ruleRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/listening/rules',
    { schema: { tags, summary: 'Watch rules', response: { 200: z.array(ruleSchema) } } },
    async (request) => listRuleDtos(ctx, request.actor),
  );
  app.post(
    '/api/listening/rules',
    {
      schema: {
        tags,
        summary: 'Add a watch rule (a boolean query); it is also run over the mentions already stored',
        body: ruleInput,
        response: { 200: ruleSchema },
      },
    },
    async (request) => createRule(ctx, request.actor, request.body),
  );
  app.patch(
    '/api/listening/rules/:id',
    {
      schema: {
        tags,
        summary: 'Change a watch rule; a changed query is re-run over history',
        params: idParam,
        body: ruleUpdate,
        response: { 200: ruleSchema },
      },
    },
    async (request) => updateWatchRule(ctx, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/listening/rules/:id/rerun',
    {
      schema: {
        tags,
        summary: 'Run a watch rule over every stored mention again',
        params: idParam,
        response: { 202: ruleSchema },
      },
    },
    async (request, reply) => reply.code(202).send(await requestRerun(ctx, request.actor, request.params.id)),
  );
  app.post(
    '/api/listening/rules/check',
    {
      schema: {
        tags,
        summary: 'Check a watch query while it is typed: how Hearth reads it, or where it is wrong',
        body: queryCheckSchema,
        response: {
          200: z.object({
            ok: z.boolean(),
            canonical: z.string().nullable(),
            message: z.string().nullable(),
            position: z.number().int().nullable(),
          }),
        },
      },
    },
    async (request) => {
      listeningPolicy.authorize(request.actor, 'configure');
      const parsed = parseWatchQuery(request.body.query);
      return parsed.ok
        ? { ok: true, canonical: describeWatchQuery(parsed.query), message: null, position: null }
        : { ok: false, canonical: null, message: parsed.message, position: parsed.position };
    },
  );
}

export function configureRoutes(app: HearthApp, ctx: AppContext): void {
  sourceRoutes(app, ctx);
  ruleRoutes(app, ctx);
  app.get(
    '/api/listening/settings',
    { schema: { tags, summary: 'Listening settings', response: { 200: settingsSchema } } },
    async (request) => readSettings(ctx, request.actor),
  );
  app.patch(
    '/api/listening/settings',
    {
      schema: {
        tags,
        summary: 'What goes to the inbox, and where alerts are posted (signed webhook)',
        body: settingsUpdate,
        response: { 200: settingsSchema },
      },
    },
    async (request) => updateSettings(ctx, request.actor, request.body),
  );
}
