import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
let author: TestClient;
let other: TestClient;
let staff: TestClient;
let visitor: TestClient;

interface ThreadPage {
  thread: {
    id: string;
    visibility: string;
    takenPrivate: boolean;
    privateNote: string | null;
    acknowledgedAt: string | null;
    participants: { handle: string }[];
  };
  posts: { kind: string; html: string }[];
}
interface Audit {
  items: { action: string; targetId: string | null }[];
}

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  author = hearth.client();
  other = hearth.client();
  staff = hearth.client();
  visitor = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, author, 'member');
  await signedIn(hearth.ctx, other, 'member');
  await signedIn(hearth.ctx, staff, 'staff');
  await admin.post('/api/admin/spaces', { name: 'Complaints', slug: 'complaints', kind: 'complaints' });
  await admin.post('/api/admin/spaces', { name: 'Lounge', slug: 'lounge', kind: 'discussion' });
});
afterAll(() => hearth.dispose());

async function post(client: TestClient, space: string, title: string): Promise<string> {
  const response = await client.post('/api/threads', { space, title, body: 'What happened, in detail.' });
  expect(response.status, response.body).toBe(201);
  return response.json<ThreadPage>().thread.id;
}

const audited = async (action: string, id: string) =>
  (await admin.get('/api/admin/audit?limit=100'))
    .json<Audit>()
    .items.some((item) => item.action === action && item.targetId === id);

describe('complaints', () => {
  it('are visible to their author and staff only; anyone else gets 404, in lists and search too', async () => {
    const id = await post(author, 'complaints', 'My parcel arrived broken');
    expect((await author.get(`/api/threads/${id}`)).status).toBe(200);
    expect((await staff.get(`/api/threads/${id}`)).status).toBe(200);
    for (const outsider of [other, visitor]) {
      const response = await outsider.get(`/api/threads/${id}`);
      expect([response.status, response.code]).toEqual([404, 'THREAD_NOT_FOUND']);
      const reply = await outsider.post(`/api/threads/${id}/replies`, { body: 'peek' });
      expect(reply.status).toBe(outsider === visitor ? 401 : 404);
      const list = (await outsider.get('/api/spaces/complaints/threads')).json<{ items: { id: string }[] }>();
      expect(list.items.map((item) => item.id)).not.toContain(id);
      const found = (await outsider.get('/api/search?q=parcel broken')).json<{ items: unknown[] }>();
      expect(found.items).toEqual([]);
    }
    const mine = (await author.get('/api/spaces/complaints/threads')).json<{ items: { id: string }[] }>();
    expect(mine.items.map((item) => item.id)).toContain(id);
  });

  it('are acknowledged by staff with a timestamp, audited; members cannot', async () => {
    const id = await post(author, 'complaints', 'Charged twice');
    expect((await author.post(`/api/threads/${id}/acknowledge`)).code).toBe('STAFF_ONLY');
    const acknowledged = await staff.post(`/api/threads/${id}/acknowledge`);
    expect(acknowledged.status, acknowledged.body).toBe(200);
    const at = acknowledged.json<ThreadPage>().thread.acknowledgedAt;
    expect(at).toMatch(/^\d{4}-/);
    const again = await staff.post(`/api/threads/${id}/acknowledge`);
    expect(again.json<ThreadPage>().thread.acknowledgedAt).toBe(at);
    expect(await audited('forum.complaint_acknowledged', id)).toBe(true);
  });

  it('can be taken private by staff, leaving the public a stub with a note', async () => {
    const id = await post(author, 'lounge', 'Your update deleted my data!');
    await other.post(`/api/threads/${id}/replies`, { body: 'Same here' });
    expect((await other.post(`/api/threads/${id}/private`, {})).code).toBe('STAFF_ONLY');
    const taken = await staff.post(`/api/threads/${id}/private`, { note: 'Let us sort this out together.' });
    expect(taken.status, taken.body).toBe(200);
    expect(taken.json<ThreadPage>().thread).toMatchObject({ visibility: 'private', takenPrivate: true });

    const stub = (await visitor.get(`/api/threads/${id}`)).json<ThreadPage>();
    expect(stub.posts).toEqual([]);
    expect(stub.thread.privateNote).toMatch(/took this conversation private/);
    expect((await other.post(`/api/threads/${id}/replies`, { body: 'hello?' })).code).toBe(
      'THREAD_NOT_FOUND',
    );

    const full = (await author.get(`/api/threads/${id}`)).json<ThreadPage>();
    expect(full.posts.map((p) => p.kind)).toEqual(['post', 'post', 'note']);
    expect(full.posts[2]?.html).toContain('Let us sort this out together.');
    expect((await author.post(`/api/threads/${id}/replies`, { body: 'Thank you' })).status).toBe(201);
    expect((await staff.post(`/api/threads/${id}/private`, {})).code).toBe('ALREADY_PRIVATE');
    expect(await audited('forum.thread_taken_private', id)).toBe(true);

    const listed = (await visitor.get('/api/spaces/lounge/threads')).json<{
      items: { id: string; takenPrivate: boolean; excerpt: string }[];
    }>();
    expect(listed.items.find((item) => item.id === id)).toMatchObject({ takenPrivate: true, excerpt: '' });
  });
});
