import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../core/actor.ts';
import type { RequestMeta } from '../context.ts';
import type { SecurityHeaders } from './security-headers.ts';

export type HearthApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    meta: RequestMeta;
  }
  interface FastifyInstance {
    securityHeaders: SecurityHeaders;
  }
  interface FastifyContextConfig {
    /** Routes that must work without a CSRF token (none that change state with a cookie). */
    skipCsrf?: boolean;
  }
}
