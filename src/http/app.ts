import Fastify, { LogController, type FastifyRequest } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { serializerCompiler } from './serializer.ts';
import { lazyChildLogger } from './lazy-logger.ts';
import { randomUUID } from 'node:crypto';
import type { AppContext, RequestMeta } from '../context.ts';
import type { Actor } from '../core/actor.ts';
import { webDistDir } from '../core/paths.ts';
import { policyErrors } from '../core/policy.ts';
import { coreErrors } from '../core/errors.ts';
import { errorHandler, serializeError } from './errors.ts';
import { rejectBadText } from './text-guard.ts';
import { registerLiveRoute } from './live-route.ts';
import type { HearthModule } from './module.ts';
import { registerSecurity } from './security.ts';
import type { HearthApp } from './types.ts';
import { registerWeb } from './web.ts';

export interface BuildAppOptions {
  ctx: AppContext;
  modules: readonly HearthModule[];
  /** Resolves the caller from the request's cookie or bearer token (the accounts module). */
  authenticate(request: FastifyRequest): Promise<Actor | null>;
  logLevel?: string;
  webDir?: string;
}

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const apiInfo = { title: 'Hearth API', version: '0.1.0' };

function createServer(options: BuildAppOptions): HearthApp {
  const { config } = options.ctx;
  return Fastify({
    logger: {
      level: options.logLevel ?? config.logLevel,
      serializers: { err: serializeError },
      ...(process.stdout.isTTY
        ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
        : {}),
    },
    // One line per request drowns what matters; errors are still logged with their request id.
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: lazyChildLogger,
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    // Errors the router raises before any hook runs (bad percent-encoding, over-long parameters).
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
}

/** Who is asking and from where, on every request; 503 once the server is shutting down. */
function registerRequestContext(app: HearthApp, options: BuildAppOptions): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('meta', null as unknown as RequestMeta);
  app.addHook('onRequest', async (request) => {
    if (closing) throw coreErrors.raise.UNAVAILABLE();
    request.meta = { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
    // The matched route, not the raw URL: '/%61pi/me' is routed to /api/me and must be authenticated too.
    if (!request.routeOptions.url?.startsWith('/api/')) return;
    request.actor = await options.authenticate(request);
    if (request.actor?.scope === 'read' && !readOnlyMethods.has(request.method))
      throw policyErrors.raise.AUTH_TOKEN_SCOPE();
  });
  app.addHook('preValidation', rejectBadText);
}

export async function buildApp(options: BuildAppOptions): Promise<HearthApp> {
  const { ctx } = options;
  const app = createServer(options);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // The API speaks JSON only: anything else is 415, not a string handed to a JSON schema.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        ...apiInfo,
        description:
          'Every route the Hearth web app uses. Authenticate with the session cookie or `Authorization: Bearer <API token>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await registerSecurity(app, {
    secret: ctx.secret,
    https: ctx.config.publicUrl.startsWith('https:'),
    rateLimitPerMinute: ctx.config.rateLimitPerMinute,
  });
  registerRequestContext(app, options);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerLiveRoute(app, { live: ctx.live, reauthenticate: options.authenticate });
  for (const module of options.modules) module.routes?.(app, ctx);
  await registerWeb(app, options.webDir ?? webDistDir);
  return app;
}
