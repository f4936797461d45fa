import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRetryAfter } from './fetch-feed.ts';
import {
  fetchFeed,
  MAX_RETRY_AFTER_MS,
  NOT_A_FEED_ERROR,
  validateFeedUrl,
  type FetchFeedOptions,
  type FetchOutcome,
} from './index.ts';

const LAST_MODIFIED = 'Wed, 01 Jan 2025 00:00:00 GMT';
const feedXml = (title: string, link = 'https://example.org/1') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><item><guid>1</guid><title>${title} item</title><link>${link}</link></item></channel></rss>`;
const latin1Xml = (declaration: string) =>
  Buffer.from(
    `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>Caf\u00e9</title><item><title>Cr\u00e8me br\u00fbl\u00e9e</title></item></channel></rss>`,
    'latin1',
  );

let server: Server;
let base = '';
const seen: { path: string; headers: IncomingMessage['headers'] }[] = [];
const timers = new Set<NodeJS.Timeout>();

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/etag': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v1"' }).end(feedXml('Tagged'));
  },
  '/modified': (req, res) => {
    if (req.headers['if-modified-since'] === LAST_MODIFIED) return void res.writeHead(304).end();
    res.writeHead(200, { 'Last-Modified': LAST_MODIFIED }).end(feedXml('Dated'));
  },
  '/busy': (_req, res) => res.writeHead(503, { 'Retry-After': '120' }).end('try later'),
  '/throttled': (_req, res) =>
    res.writeHead(429, { 'Retry-After': new Date(Date.now() + 90_000).toUTCString() }).end(),
  '/missing': (_req, res) => res.writeHead(404).end('nope'),
  '/slow': (_req, res) => {
    timers.add(setTimeout(() => res.end(feedXml('Late')), 2_000));
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    timers.add(setTimeout(() => res.end('</channel></rss>'), 2_000));
  },
  '/big': (_req, res) => {
    // Written in pieces without a Content-Length, so only counting while streaming can catch it.
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    for (let i = 0; i < 50; i++) res.write(`<!-- ${'x'.repeat(100)} -->`);
    res.end(feedXml('Big'));
  },
  '/big-declared': (_req, res) => {
    const body = `${feedXml('Big')}${' '.repeat(5_000)}`;
    res.writeHead(200, { 'Content-Length': Buffer.byteLength(body) }).end(body);
  },
  '/latin1': (_req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=ISO-8859-1' })
      .end(latin1Xml(' encoding="ISO-8859-1"')),
  '/latin1-declared': (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/xml' }).end(latin1Xml(' encoding="iso-8859-1"')),
  '/bad-utf8': (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' }).end(latin1Xml('')),
  '/page': (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html><body><p>Hi</body></html>'),
  '/relative': (_req, res) => res.end(feedXml('Relative', '../posts/7')),
};

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', base);
  seen.push({ path: url.pathname, headers: req.headers });
  const hops = /^\/redirect\/(\d+)$/.exec(url.pathname);
  if (hops) {
    const left = Number(hops[1]);
    const next = left > 1 ? `/redirect/${left - 1}` : '/feeds/final/feed.xml';
    return void res.writeHead(left % 2 ? 302 : 301, { Location: next }).end();
  }
  if (url.pathname === '/feeds/final/feed.xml') return routes['/relative']?.(req, res);
  const route = routes[url.pathname];
  if (route) return route(req, res);
  res.writeHead(500).end();
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of timers) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const defaults: FetchFeedOptions = {
  etag: null,
  lastModified: null,
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  userAgent: 'Hearth-test/1.0',
};

function get(path: string, options: Partial<FetchFeedOptions> = {}): Promise<FetchOutcome> {
  return fetchFeed(`${base}${path}`, { ...defaults, ...options });
}

describe('fetchFeed: conditional requests', () => {
  it('returns the feed with its ETag, then not_modified when If-None-Match matches', async () => {
    const first = await get('/etag');
    expect(first).toMatchObject({ kind: 'ok', etag: '"v1"', lastModified: null });
    expect(first.kind === 'ok' && first.feed.items[0]?.title).toBe('Tagged item');
    const request = seen.at(-1)?.headers;
    expect(request?.['user-agent']).toBe('Hearth-test/1.0');
    expect(request?.accept).toContain('application/rss+xml');
    expect(request?.['if-none-match']).toBeUndefined();
    expect(await get('/etag', { etag: '"v1"' })).toEqual({ kind: 'not_modified' });
    expect(await get('/etag', { etag: '"v0"' })).toMatchObject({ kind: 'ok' });
  });

  it('round-trips Last-Modified through If-Modified-Since', async () => {
    const first = await get('/modified');
    expect(first).toMatchObject({ kind: 'ok', etag: null, lastModified: LAST_MODIFIED });
    const lastModified = first.kind === 'ok' ? first.lastModified : null;
    expect(await get('/modified', { lastModified })).toEqual({ kind: 'not_modified' });
    expect(seen.at(-1)?.headers['if-modified-since']).toBe(LAST_MODIFIED);
  });
});

describe('fetchFeed: failures', () => {
  it('reports 503 with its Retry-After in seconds', async () => {
    expect(await get('/busy')).toEqual({
      kind: 'error',
      message: 'The server answered 503 Service Unavailable.',
      retryAfterMs: 120_000,
      httpStatus: 503,
    });
  });

  it('reads a Retry-After HTTP date on 429, and no Retry-After on other errors', async () => {
    const outcome = await get('/throttled');
    expect(outcome).toMatchObject({
      kind: 'error',
      httpStatus: 429,
      message: 'The server answered 429 Too Many Requests.',
    });
    const retry = outcome.kind === 'error' ? (outcome.retryAfterMs ?? 0) : 0;
    expect(retry).toBeGreaterThan(85_000);
    expect(retry).toBeLessThanOrEqual(90_000);
    expect(await get('/missing')).toMatchObject({
      retryAfterMs: null,
      httpStatus: 404,
      message: 'The server answered 404 Not Found.',
    });
  });

  it('clamps Retry-After and ignores junk', () => {
    const now = Date.parse('2025-01-06T00:00:00Z');
    expect(parseRetryAfter('Mon, 06 Jan 2025 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sun, 05 Jan 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('99999999', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('gives up on a server that does not answer in time, headers or body', async () => {
    const started = Date.now();
    const expected = { kind: 'error', message: 'The feed did not answer within 0.2 s.', httpStatus: null };
    expect(await get('/slow', { timeoutMs: 200 })).toMatchObject(expected);
    expect(await get('/slow-body', { timeoutMs: 200 })).toMatchObject(expected);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('stops reading a body larger than maxBytes, declared or not', async () => {
    const tooLarge = { kind: 'error', message: 'The feed is larger than 2 kB.', httpStatus: 200 };
    expect(await get('/big', { maxBytes: 2048 })).toMatchObject(tooLarge);
    expect(await get('/big-declared', { maxBytes: 2048 })).toMatchObject(tooLarge);
    expect(await get('/big', { maxBytes: 100_000 })).toMatchObject({ kind: 'ok' });
  });

  it('says an HTML page is not a feed', async () => {
    expect(await get('/page')).toMatchObject({ kind: 'error', message: NOT_A_FEED_ERROR, httpStatus: 200 });
  });

  it('explains a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await fetchFeed(`http://127.0.0.1:${port}/feed`, defaults);
    expect(outcome).toMatchObject({ kind: 'error', httpStatus: null, retryAfterMs: null });
    expect(outcome.kind === 'error' && outcome.message).toMatch(/^Could not connect: ECONNREFUSED/);
  });
});

describe('fetchFeed: character sets', () => {
  it.each(['/latin1', '/latin1-declared'])('decodes ISO-8859-1 from %s', async (path) => {
    const outcome = await get(path);
    expect(outcome.kind === 'ok' && outcome.feed.title).toBe('Café');
    expect(outcome.kind === 'ok' && outcome.feed.items[0]?.title).toBe('Crème brûlée');
  });

  it('turns invalid UTF-8 into replacement characters instead of failing', async () => {
    const outcome = await get('/bad-utf8');
    expect(outcome.kind === 'ok' && outcome.feed.title).toBe('Caf\uFFFD');
  });
});

describe('fetchFeed: redirects and addresses', () => {
  it('follows up to 5 redirects and resolves links against the final address', async () => {
    const two = await get('/redirect/2');
    expect(two).toMatchObject({ kind: 'ok' });
    expect(two.kind === 'ok' && two.feed.items[0]?.url).toBe(`${base}/feeds/posts/7`);
    expect(await get('/redirect/5')).toMatchObject({ kind: 'ok' });
  });

  it('refuses a sixth redirect', async () => {
    expect(await get('/redirect/6')).toEqual({
      kind: 'error',
      message: 'The feed redirected more than 5 times.',
      retryAfterMs: null,
      httpStatus: 302,
    });
  });

  it('refuses non-http addresses without making a request', async () => {
    const before = seen.length;
    for (const url of [
      'ftp://example.org/feed.xml',
      'file:///etc/passwd',
      'javascript:alert(1)',
      '/feed.xml',
    ]) {
      const outcome = await fetchFeed(url, defaults);
      expect(outcome).toMatchObject({ kind: 'error', httpStatus: null, retryAfterMs: null });
    }
    expect(seen.length).toBe(before);
  });

  it('validates feed addresses in plain English', () => {
    expect(validateFeedUrl('https://example.org/feed.xml')).toBeNull();
    expect(validateFeedUrl('http://example.org:8080/rss?x=1')).toBeNull();
    expect(validateFeedUrl('ftp://example.org/feed')).toBe(
      'Only http:// and https:// feed addresses are supported.',
    );
    expect(validateFeedUrl('example.org/feed')).toMatch(/not a complete URL/);
    expect(validateFeedUrl('')).toBe('Enter the address of the feed.');
    expect(validateFeedUrl('https://me:secret@example.org/feed')).toBe(
      'The address must not contain a user name or password.',
    );
    expect(validateFeedUrl(`https://example.org/${'a'.repeat(2_000)}`)).toBe(
      'The address is longer than 2,000 characters.',
    );
  });
});
