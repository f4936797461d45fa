import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { clearSessionCookie } from '../../../http/cookies.ts';
import { actorRateLimit } from '../../../http/security.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  apiTokenSchema,
  changePasswordSchema,
  createApiTokenSchema,
  meSchema,
  sessionSchema,
  updateProfileSchema,
  uuidParamSchema,
} from '../schemas.ts';
import { createApiToken, listMyApiTokens, revokeMyApiToken } from '../use-cases/api-tokens.ts';
import { changePassword, getMe, updateProfile } from '../use-cases/profile.ts';
import { listMySessions, revokeMySession } from '../use-cases/sessions.ts';
import { resendVerification } from '../use-cases/verify-email.ts';

const tags = ['me'];
const security = [{ bearer: [] }];

export function meRoutes(app: HearthApp, ctx: AppContext): void {
  const cookies = { publicUrl: ctx.config.publicUrl, sessionTtlDays: ctx.config.sessionTtlDays };

  app.get(
    '/api/me',
    {
      schema: {
        tags,
        security,
        summary: 'The signed-in user',
        response: { 200: z.object({ user: meSchema }) },
      },
    },
    async (request) => ({
      user: await getMe(ctx, request.actor),
    }),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags,
        summary: 'Change your profile',
        body: updateProfileSchema,
        response: { 200: z.object({ user: meSchema }) },
      },
    },
    async (request) => ({ user: await updateProfile(ctx, request.actor, request.body, request.meta) }),
  );

  app.post(
    '/api/me/password',
    {
      preHandler: actorRateLimit(app, ctx.config.authRateLimitPerMinute, 'password-change'),
      schema: {
        tags,
        summary: 'Change your password (signs out your other devices)',
        body: changePasswordSchema,
      },
    },
    async (request, reply) => {
      await changePassword(ctx, request.actor, request.body, request.meta);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/me/verify-email',
    { schema: { tags, summary: 'Send a new email confirmation link' } },
    async (request, reply) => {
      await resendVerification(ctx, request.actor, request.meta);
      return reply.status(202).send();
    },
  );

  app.get(
    '/api/me/sessions',
    {
      schema: {
        tags,
        summary: 'Your signed-in devices',
        response: { 200: z.object({ items: z.array(sessionSchema) }) },
      },
    },
    async (request) => ({
      items: await listMySessions(ctx, request.actor),
    }),
  );

  app.delete(
    '/api/me/sessions/:id',
    { schema: { tags, summary: 'Sign out one of your devices', params: uuidParamSchema } },
    async (request, reply) => {
      const { endedCurrent } = await revokeMySession(ctx, request.actor, request.params.id, request.meta);
      if (endedCurrent) clearSessionCookie(request, reply, cookies);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me/tokens',
    {
      schema: {
        tags,
        summary: 'Your personal API tokens',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
    },
    async (request) => ({
      items: await listMyApiTokens(ctx, request.actor),
    }),
  );

  app.post(
    '/api/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token; the secret is in this response only',
        body: createApiTokenSchema,
        response: { 201: z.object({ token: apiTokenSchema, secret: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(ctx, request.actor, request.body, request.meta)),
  );

  app.delete(
    '/api/me/tokens/:id',
    { schema: { tags, summary: 'Revoke a personal API token', params: uuidParamSchema } },
    async (request, reply) => {
      await revokeMyApiToken(ctx, request.actor, request.params.id, request.meta);
      return reply.status(204).send();
    },
  );
}
