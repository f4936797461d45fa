import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
let moderator: TestClient;
let author: TestClient;
let flaggers: [TestClient, TestClient, TestClient];
let authorPersona: Persona;

interface PostReply {
  post: { id: string; hidden: boolean; html: string; editCount: number };
}
interface Page {
  thread: { id: string; locked: boolean; closed: boolean; pinned: boolean; space: { slug: string } };
  posts: { id: string; hidden: boolean; html: string; can: { edit: boolean } }[];
}

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  moderator = hearth.client();
  author = hearth.client();
  flaggers = [hearth.client(), hearth.client(), hearth.client()];
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, moderator, 'moderator');
  authorPersona = await signedIn(hearth.ctx, author, 'member');
  for (const client of flaggers) await signedIn(hearth.ctx, client, 'member');
  await admin.post('/api/admin/spaces', { name: 'Lounge', slug: 'lounge', kind: 'discussion' });
  await admin.post('/api/admin/spaces', { name: 'Off topic', slug: 'off-topic', kind: 'discussion' });
});
afterAll(() => hearth.dispose());

async function threadWithReply(): Promise<{ id: string; replyId: string }> {
  const created = await flaggers[0].post('/api/threads', {
    space: 'lounge',
    title: 'Hello all',
    body: 'Hi',
  });
  const id = created.json<Page>().thread.id;
  const reply = await author.post(`/api/threads/${id}/replies`, { body: 'Buy cheap watches at example.com' });
  return { id, replyId: reply.json<PostReply>().post.id };
}

describe('flags and the moderation queue', () => {
  it('hide a post after three flags until a moderator reviews it', async () => {
    const { id, replyId } = await threadWithReply();
    const bad = await flaggers[0].post(`/api/posts/${replyId}/flags`, { reason: 'other' });
    expect(bad.code).toBe('VALIDATION_FAILED');
    for (const [n, client] of flaggers.entries()) {
      const flagged = await client.post(`/api/posts/${replyId}/flags`, { reason: 'spam', note: `flag ${n}` });
      expect(flagged.status, flagged.body).toBe(201);
      expect(flagged.json()).toEqual({ openFlags: n + 1, hidden: n === 2 });
    }
    expect((await flaggers[0].post(`/api/posts/${replyId}/flags`, { reason: 'spam' })).code).toBe(
      'ALREADY_FLAGGED',
    );
    expect((await author.post(`/api/posts/${replyId}/flags`, { reason: 'spam' })).code).toBe(
      'POST_NOT_FOUND',
    );

    const seen = (await hearth.client().get(`/api/threads/${id}`)).json<Page>().posts[1];
    expect(seen).toMatchObject({ hidden: true, html: '' });
    const modView = (await moderator.get(`/api/threads/${id}`)).json<Page>().posts[1];
    expect(modView?.html).toContain('cheap watches');

    const queue = (await moderator.get('/api/moderation/flags')).json<{
      items: { post: { id: string }; flags: { reason: string; note: string }[] }[];
    }>();
    const item = queue.items.find((entry) => entry.post.id === replyId);
    expect(item?.flags.map((flag) => flag.note)).toEqual(['flag 0', 'flag 1', 'flag 2']);
    expect((await author.get('/api/moderation/flags')).code).toBe('MODERATION_FORBIDDEN');

    const dismissed = await moderator.post(`/api/moderation/posts/${replyId}`, { action: 'dismiss' });
    expect(dismissed.json<PostReply>().post.hidden).toBe(false);
    const after = (await moderator.get('/api/moderation/flags')).json<{
      items: { post: { id: string } }[];
    }>();
    expect(after.items.some((entry) => entry.post.id === replyId)).toBe(false);
    expect((await moderator.post(`/api/moderation/posts/${replyId}`, { action: 'dismiss' })).code).toBe(
      'FLAG_NOT_FOUND',
    );
    const hidden = await moderator.post(`/api/moderation/posts/${replyId}`, { action: 'hide' });
    expect(hidden.json<PostReply>().post.hidden).toBe(true);
  });

  it('give a space moderator the queue of their space only, empty rather than refused', async () => {
    const spaceModerator = hearth.client();
    const persona = await signedIn(hearth.ctx, spaceModerator, 'member');
    const spaces = (await admin.get('/api/spaces')).json<{ items: { id: string; slug: string }[] }>();
    const offTopic = spaces.items.find((space) => space.slug === 'off-topic');
    await admin.post(`/api/admin/spaces/${offTopic?.id}/moderators`, { userId: persona.id });
    const { replyId } = await threadWithReply();
    await flaggers[1].post(`/api/posts/${replyId}/flags`, { reason: 'spam' });
    const queue = await spaceModerator.get('/api/moderation/flags');
    expect(queue.status, queue.body).toBe(200);
    expect(queue.json<{ items: unknown[] }>().items).toEqual([]);
    const site = (await moderator.get('/api/moderation/flags')).json<{ items: { post: { id: string } }[] }>();
    expect(site.items.some((item) => item.post.id === replyId)).toBe(true);
  });

  it('let moderators edit anyone (audited, with history for staff), lock, close, pin and move', async () => {
    const { id, replyId } = await threadWithReply();
    const edited = await moderator.patch(`/api/posts/${replyId}`, {
      body: '[link removed]',
      reason: 'spam link',
    });
    expect(edited.json<PostReply>().post).toMatchObject({ editCount: 1 });
    const history = await moderator.get(`/api/posts/${replyId}/revisions`);
    expect(history.json<{ items: { bodyMarkdown: string; reason: string }[] }>().items[0]).toMatchObject({
      bodyMarkdown: 'Buy cheap watches at example.com',
      reason: 'spam link',
    });
    expect((await author.get(`/api/posts/${replyId}/revisions`)).code).toBe('AUTH_FORBIDDEN');
    const audit = (await admin.get('/api/admin/audit?limit=50')).json<{ items: { action: string }[] }>();
    expect(audit.items.map((item) => item.action)).toContain('forum.post_edited');

    const locked = await moderator.patch(`/api/threads/${id}/state`, { locked: true, pinned: true });
    expect(locked.json<Page>().thread).toMatchObject({ locked: true, pinned: true, closed: false });
    expect((await author.post(`/api/threads/${id}/replies`, { body: 'let me in' })).code).toBe(
      'THREAD_LOCKED',
    );
    expect((await author.patch(`/api/posts/${replyId}`, { body: 'my words' })).code).toBe('EDIT_FORBIDDEN');
    expect((await moderator.post(`/api/threads/${id}/replies`, { body: 'Locked for review.' })).status).toBe(
      201,
    );
    await moderator.patch(`/api/threads/${id}/state`, { locked: false, closed: true });
    expect((await author.post(`/api/threads/${id}/replies`, { body: 'again' })).code).toBe('THREAD_CLOSED');
    expect((await moderator.patch(`/api/threads/${id}/state`, {})).code).toBe('VALIDATION_FAILED');

    const moved = await moderator.post(`/api/threads/${id}/move`, { space: 'off-topic' });
    expect(moved.json<Page>().thread.space.slug).toBe('off-topic');
    expect((await moderator.post(`/api/threads/${id}/move`, { space: 'nowhere' })).code).toBe(
      'SPACE_NOT_FOUND',
    );
    const pinnedFirst = (await author.get('/api/spaces/off-topic/threads')).json<{
      items: { id: string }[];
    }>();
    expect(pinnedFirst.items[0]?.id).toBe(id);
  });

  it('let authors edit their own posts, keeping the old title in the history', async () => {
    const created = await author.post('/api/threads', {
      space: 'lounge',
      title: 'Typo in titel',
      body: 'v1',
    });
    const page = created.json<Page>();
    const opening = page.posts[0];
    if (!opening) throw new Error('no opening post');
    const edited = await author.patch(`/api/posts/${opening.id}`, { body: 'v2', title: 'Typo in title' });
    expect(edited.status, edited.body).toBe(200);
    const fresh = (await author.get(`/api/threads/${page.thread.id}`)).json<{ thread: { title: string } }>();
    expect(fresh.thread.title).toBe('Typo in title');
    const history = (await moderator.get(`/api/posts/${opening.id}/revisions`)).json<{
      items: { title: string | null; bodyMarkdown: string }[];
    }>();
    expect(history.items[0]).toMatchObject({ title: 'Typo in titel', bodyMarkdown: 'v1' });
    expect((await flaggers[1].patch(`/api/posts/${opening.id}`, { body: 'vandal' })).code).toBe(
      'EDIT_FORBIDDEN',
    );
    expect(authorPersona.role).toBe('member');
  });
});
