/**
 * The one error model. Every expected failure is an AppError with a code from a catalogue; the
 * HTTP layer turns it into `{ error: { code, message, fields? } }` with the catalogue's status.
 * Catalogues are declared with defineErrors() next to the code that throws them, and all of them
 * are listed in src/http/error-catalog.ts, which generates docs/errors.md (a test keeps it true).
 */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface ErrorSpec {
  status: number;
  message: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: FieldProblem[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: string,
    spec: ErrorSpec,
    detail?: { message?: string; fields?: FieldProblem[]; headers?: Record<string, string> },
  ) {
    super(detail?.message ?? spec.message);
    this.name = 'AppError';
    this.code = code;
    this.status = spec.status;
    this.fields = detail?.fields;
    this.headers = detail?.headers;
  }
}

type Factories<T extends Record<string, ErrorSpec>> = {
  [K in keyof T]: (detail?: {
    message?: string;
    fields?: FieldProblem[];
    headers?: Record<string, string>;
  }) => AppError;
};

export interface ErrorCatalogue<T extends Record<string, ErrorSpec> = Record<string, ErrorSpec>> {
  specs: T;
  raise: Factories<T>;
}

export function defineErrors<T extends Record<string, ErrorSpec>>(specs: T): ErrorCatalogue<T> {
  const raise = {} as Factories<T>;
  for (const [code, spec] of Object.entries(specs) as [keyof T & string, ErrorSpec][]) {
    raise[code] = (detail) => new AppError(code, spec, detail);
  }
  return { specs, raise };
}

export const coreErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, message: 'The request is not valid: see fields.' },
  REQUEST_MALFORMED_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  REQUEST_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the request body as application/json.' },
  REQUEST_TOO_LARGE: { status: 413, message: 'The request body is larger than the server accepts.' },
  REQUEST_BAD_ENCODING: { status: 400, message: 'The request is not valid UTF-8 or has a bad encoding.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'There is no such route.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests: slow down and retry after the time given.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side. It has been logged.' },
  UNAVAILABLE: { status: 503, message: 'The server is shutting down or not ready; try again shortly.' },
});
