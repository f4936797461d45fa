import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
let asker: TestClient;
let helper: TestClient;
let visitor: TestClient;
let helperPersona: Persona;

interface Page {
  thread: { id: string; title: string; replyCount: number; version: number; can: Record<string, boolean> };
  posts: {
    id: string;
    number: number;
    html: string;
    markdown: string | null;
    author: { handle: string; staff: boolean } | null;
  }[];
  page: number;
  pageCount: number;
}

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  asker = hearth.client();
  helper = hearth.client();
  visitor = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, asker, 'member');
  helperPersona = await signedIn(hearth.ctx, helper, 'member');
  const space = await admin.post('/api/admin/spaces', { name: 'Help', slug: 'help', kind: 'questions' });
  expect(space.status, space.body).toBe(201);
});
afterAll(() => hearth.dispose());

async function startThread(client: TestClient, body: Record<string, unknown>): Promise<Page> {
  const response = await client.post('/api/threads', { space: 'help', ...body });
  expect(response.status, response.body).toBe(201);
  return response.json<Page>();
}

describe('threads and replies', () => {
  it('start with sanitised Markdown, take replies, and page long threads', async () => {
    const created = await startThread(asker, {
      title: 'How do I export my invoices?',
      body: `Hi @${helperPersona.handle}, I tried **everything** <script>alert(1)</script>`,
    });
    expect(created.posts[0]?.html).toContain('<strong>everything</strong>');
    expect(created.posts[0]?.html).toContain('&lt;script&gt;');
    expect(created.posts[0]?.html).toContain(`class="mention"`);
    const id = created.thread.id;
    for (let i = 0; i < 25; i++) {
      const reply = await helper.post(`/api/threads/${id}/replies`, { body: `Reply ${i}` });
      expect(reply.status, reply.body).toBe(201);
    }
    const second = (await visitor.get(`/api/threads/${id}?page=2&pageSize=20`)).json<Page>();
    expect(second.posts.map((post) => post.number)).toEqual([21, 22, 23, 24, 25, 26]);
    expect(second.pageCount).toBe(2);
    expect(second.thread.replyCount).toBe(25);

    // A link to a post (as in emails) opens the page that holds it.
    const late = second.posts[3]?.id ?? '';
    const linked = (await asker.get(`/api/threads/${id}?post=${late}&pageSize=20`)).json<Page>();
    expect(linked.page).toBe(2);
    // Signed-in readers get the Markdown source (to edit and quote); visitors' shared page does not.
    expect((await asker.get(`/api/threads/${id}`)).json<Page>().posts[0]?.markdown).toContain(
      '**everything**',
    );
    expect((await visitor.get(`/api/threads/${id}`)).json<Page>().posts[0]?.markdown).toBeNull();
    const listed = (await visitor.get('/api/spaces/help/threads')).json<{
      items: { id: string; lastPoster: { handle: string } | null }[];
    }>();
    expect(listed.items.find((item) => item.id === id)?.lastPoster?.handle).toBe(helperPersona.handle);
  });

  it('serve visitors a cached page that is fresh right after an edit', async () => {
    const created = await startThread(asker, { title: 'Cache me if you can', body: 'First words' });
    const first = await visitor.get(`/api/threads/${created.thread.id}`);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await visitor.get(`/api/threads/${created.thread.id}`, {
      headers: { 'if-none-match': String(etag) },
    });
    expect(again.status).toBe(304);
    // Browsers ask for gzip: the shared page was compressed once, and says so.
    const zipped = await hearth.app.inject({
      url: `/api/threads/${created.thread.id}`,
      headers: { 'accept-encoding': 'br, gzip;q=0.8' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
    const refused = await hearth.app.inject({
      url: `/api/threads/${created.thread.id}`,
      headers: { 'accept-encoding': 'gzip;q=0, identity' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const edit = await asker.patch(`/api/posts/${created.posts[0]?.id}`, { body: 'Second words' });
    expect(edit.status, edit.body).toBe(200);
    const after = await visitor.get(`/api/threads/${created.thread.id}`, {
      headers: { 'if-none-match': String(etag) },
    });
    expect(after.status).toBe(200);
    expect(after.json<Page>().posts[0]?.html).toContain('Second words');
  });

  it('reject bad input with 400, unknown threads with 404, anonymous writes with 401', async () => {
    const bad = await asker.post('/api/threads', { space: 'help', title: 'x', body: '' });
    expect(bad.status).toBe(400);
    expect(bad.code).toBe('VALIDATION_FAILED');
    const missing = await visitor.get('/api/threads/00000000-0000-4000-8000-000000000000');
    expect(missing.code).toBe('THREAD_NOT_FOUND');
    const anonymous = await visitor.post('/api/threads', { space: 'help', title: 'Hello there', body: 'x' });
    expect(anonymous.status).toBe(401);
  });
});
