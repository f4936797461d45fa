// A small typed fetch wrapper for the Hearth API: same-origin cookies, JSON bodies, a cached
// CSRF token on every state-changing request, and one error type for everything that goes wrong.
import type { ApiErrorBody, ApiErrorField } from './types.ts';

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  fields?: ApiErrorField[];
  retryAfter?: number | null;
}

export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** SCREAMING_SNAKE error code from the server, or a client-side one (NETWORK_ERROR, HTTP_502…). */
  readonly code: string;
  readonly fields: ApiErrorField[];
  /** Seconds to wait before retrying (from the Retry-After header), when the server said so. */
  readonly retryAfter: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.retryAfter = init.retryAfter ?? null;
  }

  /** The message for one input (path is the JSON field name, e.g. `newPassword`). */
  fieldError(path: string): string | undefined {
    return this.fields.find((field) => field.path === path)?.message;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'You need to sign in to do that.';
  if (status === 403) return "You don't have permission to do that.";
  if (status === 404) return 'That could not be found.';
  if (status === 413) return 'That is too large.';
  if (status >= 500) return 'Something went wrong on the server. Please try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export function tooManyAttemptsMessage(retryAfter: number | null): string {
  if (retryAfter === null) return 'Too many attempts, try again in a little while.';
  const seconds = Math.max(1, retryAfter);
  return `Too many attempts, try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, an empty body…): fall back to a generic message.
  }
  const parsed = isErrorBody(body) ? body.error : null;
  const code = parsed?.code ?? (response.status === 429 ? 'RATE_LIMITED' : `HTTP_${response.status}`);
  const message =
    response.status === 429
      ? tooManyAttemptsMessage(retryAfter)
      : (parsed?.message ?? fallbackMessage(response.status));
  return new ApiError({
    status: response.status,
    code,
    message,
    fields: Array.isArray(parsed?.fields) ? parsed.fields : [],
    retryAfter,
  });
}

// ---------------------------------------------------------------------------------------------
// CSRF token: fetched once, cached, dropped when the session changes or the server rejects it.

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/api/auth/csrf', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await toApiError(response);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== 'string') {
    throw new ApiError({
      status: response.status,
      code: 'CSRF_UNAVAILABLE',
      message: 'Could not start a secure session.',
    });
  }
  return body.token;
}

function getCsrfToken(): Promise<string> {
  if (!csrfToken) {
    const pending = fetchCsrfToken();
    csrfToken = pending;
    pending.catch(() => {
      if (csrfToken === pending) csrfToken = null;
    });
  }
  return csrfToken;
}

/** Forget the cached CSRF token. Call after sign-in, sign-up and sign-out (the session changes). */
export function resetCsrfToken(): void {
  csrfToken = null;
}

// ---------------------------------------------------------------------------------------------

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
}

function networkError(): ApiError {
  return new ApiError({
    status: 0,
    code: 'NETWORK_ERROR',
    message: 'Could not reach the server. Check your connection and try again.',
  });
}

function withQuery(path: string, query: QueryParams | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function request<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const url = withQuery(path, options.query);
  const changesState = method !== 'GET';
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (changesState) headers['x-csrf-token'] = await getCsrfToken();

    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw networkError();
    }

    if (response.ok) {
      if (response.status === 204) return undefined as T;
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as T;
    }

    const error = await toApiError(response);
    if (changesState && attempt === 0 && error.code === 'AUTH_CSRF_MISMATCH') {
      resetCsrfToken();
      continue;
    }
    throw error;
  }
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};

/** A path segment, escaped. */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}
