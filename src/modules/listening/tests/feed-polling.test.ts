import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { pollDueFeeds } from '../use-cases/poll-feeds.ts';

const clock = fixedClock(new Date('2026-11-20T10:00:00Z'));
const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
let hearth: TestHearth;
let admin: TestClient;
let server: Server;
let mode: 'ok' | 'down' = 'ok';
const requests: { ifNoneMatch: string | undefined }[] = [];

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tech news</title>
<item><guid>n-1</guid><link>https://news.example/lumo-recall</link><title>Lumo recalls X2 batteries</title>
<description>&lt;p&gt;Lumo is &lt;b&gt;recalling&lt;/b&gt; X2 routers after battery complaints.&lt;/p&gt;</description>
<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ana Reporter</dc:creator></item>
<item><guid>n-2</guid><link>https://news.example/other</link><title>Weather</title><description>Sunny.</description></item>
</channel></rss>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ ifNoneMatch: request.headers['if-none-match'] });
    if (mode === 'down') return void response.writeHead(503, { 'retry-after': '120' }).end();
    if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(rss);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hearth = await startTestHearth({}, { clock });
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
});

afterAll(async () => {
  await hearth.dispose();
  await new Promise((resolve) => server.close(resolve));
});

interface Source {
  id: string;
  health: string;
  itemCount: number;
  lastError: string | null;
  consecutiveFailures: number;
  nextPollAt: string;
}

async function feedSource(id: string): Promise<Source> {
  const sources = (await admin.get('/api/listening/sources')).json<Source[]>();
  const found = sources.find((source) => source.id === id);
  if (!found) throw new Error('source missing');
  return found;
}

describe('RSS feeds', () => {
  it('polls a feed, stores its items once, asks conditionally, and backs off while it fails', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const created = await admin.post('/api/listening/sources', { kind: 'rss', name: 'Tech news', url });
    expect(created.status, created.body).toBe(200);
    const id = created.json<{ id: string }>().id;
    expect((await feedSource(id)).health).toBe('new');

    expect(await pollDueFeeds(hearth.ctx, log)).toBe(1);
    let source = await feedSource(id);
    expect(source).toMatchObject({ health: 'healthy', itemCount: 2, consecutiveFailures: 0 });
    const items = await admin.get(`/api/listening/items?sourceId=${id}&q=recalling`);
    expect(
      items.json<{ items: { text: string; title: string; author: { name: string } }[] }>().items,
    ).toEqual([
      expect.objectContaining({
        title: 'Lumo recalls X2 batteries',
        text: 'Lumo is recalling X2 routers after battery complaints.',
        author: expect.objectContaining({ name: 'Ana Reporter' }),
      }),
    ]);

    expect(await pollDueFeeds(hearth.ctx, log)).toBe(0);
    clock.advance(15 * 60_000);
    await pollDueFeeds(hearth.ctx, log);
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect((await feedSource(id)).itemCount).toBe(2);

    mode = 'down';
    clock.advance(15 * 60_000);
    await pollDueFeeds(hearth.ctx, log);
    source = await feedSource(id);
    expect(source).toMatchObject({ health: 'failing', consecutiveFailures: 1 });
    expect(source.lastError).toContain('503');
    const wait = Date.parse(source.nextPollAt) - clock.now().getTime();
    expect(wait).toBeGreaterThan(25 * 60_000);

    mode = 'ok';
    clock.advance(wait);
    await pollDueFeeds(hearth.ctx, log);
    expect(await feedSource(id)).toMatchObject({ health: 'healthy', consecutiveFailures: 0, itemCount: 2 });
  });

  it('refuses a feed address that is not http(s)', async () => {
    const bad = await admin.post('/api/listening/sources', {
      kind: 'rss',
      name: 'Bad',
      url: 'file:///etc/passwd',
    });
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('FEED_URL_INVALID');
  });
});
