import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { coreErrors } from '../core/errors.ts';
import { securityHeaders } from './security-headers.ts';
import type { HearthApp } from './types.ts';

export interface SecuritySettings {
  secret: string;
  /** Only an https deployment may tell browsers to insist on https (HSTS, upgrade-insecure-requests). */
  https: boolean;
  rateLimitPerMinute: number;
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function rateLimited(ttlMs: number) {
  const seconds = String(Math.max(1, Math.ceil(ttlMs / 1000)));
  return coreErrors.raise.RATE_LIMITED({
    message: `Too many requests: retry in ${seconds} s.`,
    headers: { 'retry-after': seconds },
  });
}

/** Headers, cookies, CSRF and rate limits: on for every route unless a route says otherwise. */
export async function registerSecurity(app: HearthApp, settings: SecuritySettings): Promise<void> {
  const headers = securityHeaders(settings.https);
  app.decorate('securityHeaders', headers);
  // Every reply starts with the API's headers; the HTML page replaces them with its nonce policy.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers.api);
    done();
  });
  await app.register(fastifyCookie, { secret: settings.secret });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'hearth_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: true, secure: settings.https },
    getToken: (request: FastifyRequest) => {
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    max: settings.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => rateLimited(context.ttl),
    // Limits are announced on the 429 (with Retry-After) rather than on every reply: three headers
    // on each response cost a measurable share of throughput for information few clients read.
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
  });

  // First of all hooks, so that every request counts (404s, CSRF failures, bad tokens too) and an
  // over-limit caller costs no session lookup.
  app.addHook('onRequest', app.rateLimit());

  // API tokens are not sent by browsers on their own, so only cookie-borne requests need CSRF proof.
  app.addHook('onRequest', (request, reply, done) => {
    if (
      !stateChanging.has(request.method) ||
      request.headers.authorization !== undefined ||
      request.routeOptions.config.skipCsrf
    ) {
      return done();
    }
    app.csrfProtection(request, reply, done);
  });
}

/** Stricter limits for sign-in, sign-up and password reset: per IP and per account named in the body. */
export function authRateLimit(app: HearthApp, perMinute: number): preHandlerAsyncHookHandler {
  const byIp = app.createRateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `auth-ip:${request.ip}`,
  });
  const byAccount = app.createRateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const email = (request.body as { email?: unknown } | undefined)?.email;
      return `auth-account:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
    },
  });
  return async (request) => {
    const results = [await byIp(request)];
    const email = (request.body as { email?: unknown } | undefined)?.email;
    if (typeof email === 'string') results.push(await byAccount(request));
    for (const result of results) {
      if (!result.isAllowed && result.isExceeded) throw rateLimited(result.ttl);
    }
  };
}

/** Per signed-in user, for actions that check a password (each check is an expensive argon2 run). */
export function actorRateLimit(app: HearthApp, perMinute: number, name: string): preHandlerAsyncHookHandler {
  const limit = app.createRateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `${name}:${request.actor?.userId ?? request.ip}`,
  });
  return async (request) => {
    const result = await limit(request);
    if (!result.isAllowed && result.isExceeded) throw rateLimited(result.ttl);
  };
}
