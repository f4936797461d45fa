import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { HearthApp } from '../../http/types.ts';
import { jobSchema, settingsSchema, siteSchema, updateSettingsSchema } from './schemas.ts';
import { listFailedJobs, retryFailedJob } from './use-cases/jobs.ts';
import { getSettings, readCommunitySettings, readSignupMode, updateSettings } from './use-cases/settings.ts';
import { demoLogins } from './demo-logins.ts';

export function systemRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and which database is in use',
        response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => ({ status: 'ok' as const, db: ctx.database.kind }),
  );

  app.get(
    '/api/site',
    {
      schema: {
        tags: ['system'],
        summary: 'Public facts about this community',
        response: { 200: siteSchema },
      },
    },
    async () => ({
      name: 'Hearth',
      signupMode: await readSignupMode(ctx.database.db),
      directMessages: (await readCommunitySettings(ctx.database.db)).directMessages,
      demo: ctx.config.demo,
      demoLogins: ctx.config.demo ? demoLogins : [],
    }),
  );

  app.get(
    '/api/admin/settings',
    { schema: { tags: ['admin'], summary: 'Site settings', response: { 200: settingsSchema } } },
    async (request) => getSettings(ctx, request.actor),
  );

  app.patch(
    '/api/admin/settings',
    {
      schema: {
        tags: ['admin'],
        summary: 'Change site settings',
        body: updateSettingsSchema,
        response: { 200: settingsSchema },
      },
    },
    async (request) => updateSettings(ctx, request.actor, request.body, request.meta),
  );

  app.get(
    '/api/admin/jobs',
    {
      schema: {
        tags: ['admin'],
        summary: 'Background jobs that failed after their last retry (e.g. undeliverable emails)',
        querystring: z.object({ state: z.literal('failed').default('failed') }),
        response: { 200: z.object({ items: z.array(jobSchema) }) },
      },
    },
    async (request) => ({ items: await listFailedJobs(ctx, request.actor) }),
  );

  app.post(
    '/api/admin/jobs/:id/retry',
    { schema: { tags: ['admin'], summary: 'Run a failed job again', params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      await retryFailedJob(ctx, request.actor, request.params.id, request.meta);
      return reply.status(204).send();
    },
  );
}
