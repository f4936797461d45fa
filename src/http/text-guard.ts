import type { FastifyRequest } from 'fastify';
import { coreErrors } from '../core/errors.ts';

// A NUL cannot be stored in a PostgreSQL text column, and a lone surrogate half is not Unicode:
// both would fail deep in a query (a 500) or be stored mangled.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const badText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parsed JSON, query strings and route params; a streamed body (an upload) is read by its own route. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  return !Buffer.isBuffer(value) && typeof (value as { pipe?: unknown }).pipe !== 'function';
}

function findBadText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return badText.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = badText.test(key) ? `${path}.${key}` : findBadText(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Rejects text that is not valid Unicode, or holds NUL, anywhere in the body, query or path. */
export async function rejectBadText(request: FastifyRequest): Promise<void> {
  const found =
    findBadText(request.body, 'body') ??
    findBadText(request.query, 'query') ??
    findBadText(request.params, 'params');
  if (!found) return;
  const path = found.replace(/^body\.?/, '') || '(body)';
  throw coreErrors.raise.VALIDATION_FAILED({
    fields: [{ path, message: 'Text must be valid Unicode without NUL characters.' }],
  });
}
