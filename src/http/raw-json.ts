import type { FastifyInstance } from 'fastify';
import { coreErrors } from '../core/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

/**
 * For signed webhooks: the signature covers the exact bytes sent, so in this scope JSON bodies
 * are kept as text (`request.rawBody`) before they are parsed.
 */
export function keepRawJsonBody(scope: FastifyInstance): void {
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = String(body);
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(coreErrors.raise.REQUEST_MALFORMED_JSON(), undefined);
    }
  });
}
