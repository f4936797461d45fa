import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, coreErrors, defineErrors, type FieldProblem } from '../core/errors.ts';

export const httpErrors = defineErrors({
  AUTH_CSRF_MISMATCH: {
    status: 403,
    message:
      'The CSRF token is missing or wrong: fetch one from GET /api/auth/csrf and send it as x-csrf-token.',
  },
});

const fastifyCodes: Record<string, keyof typeof coreErrors.specs> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST_MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST_MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST_BAD_ENCODING',
  FST_ERR_CTP_INVALID_CHARSET: 'REQUEST_BAD_ENCODING',
  FST_ERR_BAD_URL: 'REQUEST_BAD_ENCODING',
  FST_ERR_ASYNC_CONSTRAINT: 'REQUEST_BAD_ENCODING',
};

function fieldPath(instancePath: string, context: string | undefined, missing?: unknown): string {
  const path = instancePath.replace(/^\//, '').replace(/\//g, '.');
  const leaf = typeof missing === 'string' ? missing : '';
  const full = [path, leaf].filter(Boolean).join('.');
  return context && context !== 'body' ? `${context}.${full}`.replace(/\.$/, '') : full || '(body)';
}

function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: FieldProblem[] = error.validation.map((issue) => ({
      path: fieldPath(
        issue.instancePath,
        error.validationContext,
        (issue.params as { missingProperty?: unknown }).missingProperty,
      ),
      message: issue.message ?? 'Invalid value.',
    }));
    return coreErrors.raise.VALIDATION_FAILED({ fields });
  }
  if (error.code?.startsWith('FST_CSRF')) return httpErrors.raise.AUTH_CSRF_MISMATCH();
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped) return coreErrors.raise[mapped]();
  if (error.statusCode === 404) return coreErrors.raise.ROUTE_NOT_FOUND();
  if (error.statusCode === 413) return coreErrors.raise.REQUEST_TOO_LARGE();
  if (error.statusCode === 415) return coreErrors.raise.REQUEST_UNSUPPORTED_MEDIA_TYPE();
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return coreErrors.raise.VALIDATION_FAILED({ message: error.message });
  }
  return null;
}

/**
 * Errors as they go to the log. Drizzle puts a failed query's parameters in the message, and those
 * can be password hashes, token digests or personal data: the parameters are cut off.
 */
export function serializeError(error: Error & { code?: unknown }): {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
} {
  const redact = (text: string | undefined) =>
    text?.replace(/\nparams: [\s\S]*?(\n\s+at |$)/, '\nparams: (redacted)$1');
  const cause = error.cause instanceof Error ? error.cause : undefined;
  return {
    type: error.name,
    message: redact(error.message) ?? '',
    stack: redact(error.stack) ?? '',
    ...(error.code !== undefined ? { code: error.code } : {}),
    ...(cause
      ? { cause: { type: cause.name, message: cause.message, code: (cause as { code?: unknown }).code } }
      : {}),
  };
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
  return reply.status(error.status).send({
    error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
  });
}

/** One place where every failure becomes the one error body; unknown errors are bugs, logged, and 500. */
export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const known = toAppError(error);
  if (known) {
    if (known.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(reply, known);
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendError(
    reply,
    coreErrors.raise.INTERNAL({
      message: `Something went wrong on our side (request ${request.id}). It has been logged.`,
    }),
  );
}
