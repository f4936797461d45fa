import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../../../http/cookies.ts';
import { authRateLimit } from '../../../http/security.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  meSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signInSchema,
  signUpSchema,
  verifyEmailSchema,
} from '../schemas.ts';
import { requestPasswordReset, resetPassword } from '../use-cases/password-reset.ts';
import { signIn } from '../use-cases/sign-in.ts';
import { signOut } from '../use-cases/sign-out.ts';
import { signUp } from '../use-cases/sign-up.ts';
import { verifyEmail } from '../use-cases/verify-email.ts';

const tags = ['auth'];

export function authRoutes(app: HearthApp, ctx: AppContext): void {
  const limited = authRateLimit(app, ctx.config.authRateLimitPerMinute);
  const cookies = { publicUrl: ctx.config.publicUrl, sessionTtlDays: ctx.config.sessionTtlDays };

  app.get(
    '/api/auth/csrf',
    {
      schema: {
        tags,
        summary: 'A CSRF token to send as x-csrf-token with cookie requests',
        response: { 200: z.object({ token: z.string() }) },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    '/api/auth/signup',
    {
      preHandler: limited,
      schema: {
        tags,
        summary: 'Create an account and sign in',
        body: signUpSchema,
        response: { 201: z.object({ user: meSchema }) },
      },
    },
    async (request, reply) => {
      const { user, sessionToken } = await signUp(ctx, request.body, request.meta);
      setSessionCookie(request, reply, sessionToken, cookies);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/api/auth/signin',
    {
      preHandler: limited,
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: signInSchema,
        response: { 200: z.object({ user: meSchema }) },
      },
    },
    async (request, reply) => {
      const { user, sessionToken } = await signIn(
        ctx,
        request.body,
        request.meta,
        readSessionCookie(request),
      );
      setSessionCookie(request, reply, sessionToken, cookies);
      return { user };
    },
  );

  app.post(
    '/api/auth/signout',
    { schema: { tags, summary: 'End this browser session' } },
    async (request, reply) => {
      await signOut(ctx, request.actor, request.meta);
      clearSessionCookie(request, reply, cookies);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      preHandler: limited,
      schema: {
        tags,
        summary: 'Email a password reset link (answers 202 whether or not the account exists)',
        body: passwordResetRequestSchema,
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body, request.meta);
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      preHandler: limited,
      schema: { tags, summary: 'Set a new password with the emailed token', body: passwordResetSchema },
    },
    async (request, reply) => {
      await resetPassword(ctx, request.body, request.meta);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      preHandler: limited,
      schema: { tags, summary: 'Confirm an email address with the emailed token', body: verifyEmailSchema },
    },
    async (request, reply) => {
      await verifyEmail(ctx, request.body, request.meta);
      return reply.status(204).send();
    },
  );
}
