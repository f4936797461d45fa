import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
let alice: TestClient;
let bob: TestClient;
let agent: TestClient;
let guest: TestClient;
let alicePersona: Persona;
let bobPersona: Persona;
let agentPersona: Persona;

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  alice = hearth.client();
  bob = hearth.client();
  agent = hearth.client();
  guest = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  alicePersona = await signedIn(hearth.ctx, alice, 'member');
  bobPersona = await signedIn(hearth.ctx, bob, 'member');
  agentPersona = await signedIn(hearth.ctx, agent, 'agent');
  await signedIn(hearth.ctx, guest, 'guest');
  await admin.post('/api/admin/spaces', { name: 'Help', slug: 'help', kind: 'questions' });
});
afterAll(() => hearth.dispose());

async function ask(client: TestClient): Promise<string> {
  const response = await client.post('/api/threads', { space: 'help', title: 'Members test', body: 'Hi' });
  return response.json<{ thread: { id: string } }>().thread.id;
}

describe('staff presence', () => {
  it('badges staff replies and lets staff mark one official response', async () => {
    const id = await ask(alice);
    const staffReply = await agent.post(`/api/threads/${id}/replies`, { body: 'We are on it.' });
    const post = staffReply.json<{ post: { id: string; author: { staff: boolean; name: string } } }>().post;
    expect(post.author).toMatchObject({ staff: true, name: agentPersona.name });
    const memberReply = await bob.post(`/api/threads/${id}/replies`, { body: 'Me too' });
    const memberPostId = memberReply.json<{ post: { id: string } }>().post.id;
    expect((await agent.put(`/api/posts/${memberPostId}/official`)).code).toBe('OFFICIAL_NEEDS_STAFF_POST');
    expect((await alice.put(`/api/posts/${post.id}/official`)).code).toBe('STAFF_ONLY');
    const marked = await agent.put(`/api/posts/${post.id}/official`);
    expect(marked.json<{ post: { official: boolean } }>().post.official).toBe(true);
    const second = await agent.post(`/api/threads/${id}/replies`, { body: 'Fixed now.' });
    await agent.put(`/api/posts/${second.json<{ post: { id: string } }>().post.id}/official`);
    const page = (await alice.get(`/api/threads/${id}`)).json<{ posts: { official: boolean }[] }>();
    expect(page.posts.map((p) => p.official)).toEqual([false, false, false, true]);
  });
});

describe('helpful marks', () => {
  it('count once per reader, not for one’s own post, and guests may give them', async () => {
    const id = await ask(alice);
    const reply = await bob.post(`/api/threads/${id}/replies`, { body: 'Try this.' });
    const postId = reply.json<{ post: { id: string } }>().post.id;
    await alice.put(`/api/posts/${postId}/helpful`);
    const twice = await alice.put(`/api/posts/${postId}/helpful`);
    expect(twice.json()).toEqual({ helpfulCount: 1, helpfulByMe: true });
    expect((await guest.put(`/api/posts/${postId}/helpful`)).json()).toEqual({
      helpfulCount: 2,
      helpfulByMe: true,
    });
    expect((await bob.put(`/api/posts/${postId}/helpful`)).code).toBe('OWN_POST_HELPFUL');
    expect((await alice.delete(`/api/posts/${postId}/helpful`)).json()).toEqual({
      helpfulCount: 1,
      helpfulByMe: false,
    });
  });
});

describe('direct messages', () => {
  it('follow the site setting: members write to staff by default, not to each other', async () => {
    const toMember = await alice.post('/api/messages', {
      to: bobPersona.handle,
      title: 'Hi Bob',
      body: 'Hey',
    });
    expect([toMember.status, toMember.code]).toEqual([403, 'DIRECT_MESSAGES_OFF']);
    const toStaff = await alice.post('/api/messages', {
      to: agentPersona.handle,
      title: 'Help please',
      body: 'Hi',
    });
    expect(toStaff.status, toStaff.body).toBe(201);
    const threadId = toStaff.json<{ threadId: string }>().threadId;
    expect((await agent.post(`/api/threads/${threadId}/replies`, { body: 'Sure!' })).status).toBe(201);
    expect((await bob.get(`/api/threads/${threadId}`)).code).toBe('THREAD_NOT_FOUND');
    expect((await admin.get(`/api/threads/${threadId}`)).code).toBe('THREAD_NOT_FOUND');
    const inbox = (await agent.get('/api/messages')).json<{ items: { id: string }[] }>();
    expect(inbox.items.map((item) => item.id)).toContain(threadId);

    await admin.patch('/api/admin/settings', { community: { directMessages: 'everyone' } });
    expect(
      (await alice.post('/api/messages', { to: bobPersona.handle, title: 'Hi Bob', body: 'Hey' })).status,
    ).toBe(201);
    await admin.patch('/api/admin/settings', { community: { directMessages: 'staff_only' } });
    expect(
      (await alice.post('/api/messages', { to: agentPersona.handle, title: 'Again', body: 'x' })).code,
    ).toBe('DIRECT_MESSAGES_OFF');
    expect(
      (await agent.post('/api/messages', { to: alicePersona.handle, title: 'From us', body: 'x' })).status,
    ).toBe(201);
    expect(
      (await alice.post('/api/messages', { to: 'no_such_person', title: 'x y z', body: 'x' })).code,
    ).toBe('RECIPIENT_NOT_FOUND');
    expect(
      (await guest.post('/api/messages', { to: agentPersona.handle, title: 'x y z', body: 'x' })).code,
    ).toBe('DIRECT_MESSAGES_OFF');
  });
});

describe('new-member sandbox', () => {
  it('limits links, mentions, images and posts an hour for brand-new members only', async () => {
    const newcomer = hearth.client();
    await signedIn(hearth.ctx, newcomer, 'member', { joinedDaysAgo: 0 });
    const links = 'See https://a.example https://b.example https://c.example';
    const tooMany = await newcomer.post('/api/threads', { space: 'help', title: 'Links', body: links });
    expect([tooMany.status, tooMany.code]).toEqual([422, 'SANDBOX_LIMIT']);
    const image = await newcomer.post('/api/threads', {
      space: 'help',
      title: 'Pic',
      body: '![x](https://a.example/x.png)',
    });
    expect(image.code).toBe('SANDBOX_LIMIT');
    const mentions = `@${alicePersona.handle} @${bobPersona.handle} @${agentPersona.handle}`;
    expect(
      (await newcomer.post('/api/threads', { space: 'help', title: 'Hey all', body: mentions })).code,
    ).toBe('SANDBOX_LIMIT');
    expect((await alice.post('/api/threads', { space: 'help', title: 'Links', body: links })).status).toBe(
      201,
    );

    await admin.patch('/api/admin/settings', { community: { sandboxPostsPerHour: 2 } });
    const id = await ask(newcomer);
    expect((await newcomer.post(`/api/threads/${id}/replies`, { body: 'two' })).status).toBe(201);
    const third = await newcomer.post(`/api/threads/${id}/replies`, { body: 'three' });
    expect([third.status, third.code, third.headers['retry-after']]).toEqual([429, 'SANDBOX_RATE', '600']);
    await admin.patch('/api/admin/settings', { community: { sandboxDays: 0 } });
    expect((await newcomer.post(`/api/threads/${id}/replies`, { body: 'free now' })).status).toBe(201);
  });
});

describe('profiles', () => {
  it('show public activity and solutions; unknown handles are 404', async () => {
    const id = await ask(alice);
    const reply = await bob.post(`/api/threads/${id}/replies`, { body: 'Answer' });
    await alice.put(`/api/threads/${id}/accepted`, {
      postId: reply.json<{ post: { id: string } }>().post.id,
    });
    const profile = await hearth.client().get(`/api/people/${bobPersona.handle}`);
    expect(profile.json()).toMatchObject({ person: { handle: bobPersona.handle, staff: false } });
    expect(profile.json<{ solutionCount: number }>().solutionCount).toBeGreaterThanOrEqual(1);
    expect((await hearth.client().get('/api/people/nobody_at_all')).code).toBe('PERSON_NOT_FOUND');
  });
});
