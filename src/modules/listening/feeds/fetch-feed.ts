import { STATUS_CODES } from 'node:http';
import { decodeFeedBytes, readLimitedBody } from './feed-body.ts';
import { parseFeedDate } from './feed-dates.ts';
import { parseFeed, type ParsedFeed } from './parse-feed.ts';

export interface FetchFeedOptions {
  /** Validators from the last successful fetch, for a conditional request (304 when unchanged). */
  etag: string | null;
  lastModified: string | null;
  /** Covers the whole fetch: connecting, every redirect and reading the body. */
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

export type FetchOutcome =
  | { kind: 'not_modified' }
  | { kind: 'ok'; feed: ParsedFeed; etag: string | null; lastModified: string | null }
  | { kind: 'error'; message: string; retryAfterMs: number | null; httpStatus: number | null };

export const MAX_REDIRECTS = 5;
export const MAX_FEED_URL_LENGTH = 2_000;
/** A Retry-After further out than this is treated as this: one bad header must not silence a feed for a year. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Why this address cannot be a feed address, in English for the admin; null when it can. */
export function validateFeedUrl(url: string): string | null {
  if (url.trim() === '') return 'Enter the address of the feed.';
  if (url.length > MAX_FEED_URL_LENGTH) return 'The address is longer than 2,000 characters.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The address is not a complete URL. It should start with https:// or http://.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return 'Only http:// and https:// feed addresses are supported.';
  }
  // Credentials in a URL end up in logs and in the admin screens; feeds that need them are out of scope.
  if (parsed.username || parsed.password) return 'The address must not contain a user name or password.';
  return null;
}

function failure(
  message: string,
  httpStatus: number | null = null,
  retryAfterMs: number | null = null,
): FetchOutcome {
  return { kind: 'error', message, retryAfterMs, httpStatus };
}

function round1(value: number): number {
  return Number(value.toFixed(1));
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${round1(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round1(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date, clamped to [0, 24 h]; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : (parseFeedDate(text)?.getTime() ?? NaN) - nowMs;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

function requestHeaders(options: FetchFeedOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: ACCEPT, 'User-Agent': options.userAgent };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  return headers;
}

/** Frees the connection without reading a body nobody needs. */
async function discard(response: Response): Promise<void> {
  if (response.body) await response.body.cancel().catch(() => undefined);
}

/**
 * fetch would follow up to 20 redirects on its own; five is plenty for a feed, and following them
 * here lets each hop be checked (no redirect to a non-web scheme or to an address with credentials).
 */
async function followRedirects(
  url: string,
  options: FetchFeedOptions,
  signal: AbortSignal,
): Promise<{ response: Response; url: string } | FetchOutcome> {
  let current = url;
  for (let followed = 0; ; followed++) {
    const response = await fetch(current, { headers: requestHeaders(options), redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return { response, url: current };
    await discard(response);
    if (followed >= MAX_REDIRECTS) {
      return failure(`The feed redirected more than ${MAX_REDIRECTS} times.`, response.status);
    }
    let next: string;
    try {
      next = new URL(location, current).href;
    } catch {
      return failure('The feed redirected to an address that is not a valid URL.', response.status);
    }
    const problem = validateFeedUrl(next);
    if (problem)
      return failure(`The feed redirected to an address Hearth cannot use. ${problem}`, response.status);
    current = next;
  }
}

function httpFailure(response: Response): FetchOutcome {
  const status = response.status;
  // Node's standard reason phrase, not the server's: that one is free text the server controls.
  const reason = STATUS_CODES[status] ?? '';
  const throttled = status === 429 || status === 503;
  const retryAfterMs = throttled ? parseRetryAfter(response.headers.get('retry-after'), Date.now()) : null;
  return failure(`The server answered ${status}${reason ? ` ${reason}` : ''}.`, status, retryAfterMs);
}

async function readFeedResponse(
  response: Response,
  url: string,
  options: FetchFeedOptions,
): Promise<FetchOutcome> {
  const status = response.status;
  if (status === 304) {
    await discard(response);
    return { kind: 'not_modified' };
  }
  if (!response.ok) {
    await discard(response);
    return httpFailure(response);
  }
  const tooLarge = `The feed is larger than ${formatSize(options.maxBytes)}.`;
  if (Number(response.headers.get('content-length')) > options.maxBytes) {
    await discard(response);
    return failure(tooLarge, status);
  }
  const bytes = await readLimitedBody(response.body, options.maxBytes);
  if (!bytes) return failure(tooLarge, status);
  const text = decodeFeedBytes(bytes, response.headers.get('content-type'));
  const feed = parseFeed(text, { baseUrl: url });
  if ('error' in feed) return failure(feed.error, status);
  return {
    kind: 'ok',
    feed,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}

const connectionHints: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the server closed the connection',
  ENOTFOUND: 'the host name does not exist',
  EAI_AGAIN: 'the host name could not be looked up just now',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host cannot be reached',
  CERT_HAS_EXPIRED: "the server's certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is self-signed",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's certificate is for a different host name",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate cannot be verified",
};

function errorCode(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if ('code' in value && typeof value.code === 'string') return value.code;
  // Connecting to a host with several addresses fails with an AggregateError of per-address errors.
  if ('errors' in value && Array.isArray(value.errors)) return errorCode(value.errors[0]);
  return null;
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `The feed did not answer within ${round1(timeoutMs / 1000)} s.`;
  // fetch wraps the real network error: TypeError('fetch failed') with the system error as its cause.
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = errorCode(cause) ?? errorCode(error);
  if (code) {
    const hint = connectionHints[code];
    return `Could not connect: ${code}${hint ? ` (${hint})` : ''}.`;
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return `Could not connect: ${message}.`;
}

/**
 * Fetches and parses one feed. Never throws: every failure is an `error` outcome with a sentence an
 * admin can act on, the HTTP status when there was one, and the server's Retry-After when it sent one.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchOutcome> {
  const invalid = validateFeedUrl(url);
  if (invalid) return failure(invalid);
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const reached = await followRedirects(url, options, signal);
    if ('kind' in reached) return reached;
    return await readFeedResponse(reached.response, reached.url, options);
  } catch (error) {
    return failure(describeFailure(error, signal, options.timeoutMs));
  }
}
