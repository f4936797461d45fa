import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.ts';
import { connectSse } from '../../../test/support/sse-client.ts';
import type { TestClient } from '../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';
import { sendDigest } from './index.ts';

let hearth: TestHearth;
let smtp: SmtpSink;
let base: string;
let alice: TestClient;
let bob: TestClient;
let agent: TestClient;
let alicePersona: Persona;
let bobPersona: Persona;
let agentPersona: Persona;

interface List {
  items: {
    id: string;
    kind: string;
    threadId: string;
    postId: string;
    read: boolean;
    actor: { handle: string };
  }[];
  unread: number;
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url, publicUrl: 'http://community.test' });
  await hearth.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(hearth.app.server.address() as AddressInfo).port}`;
  const admin = hearth.client();
  alice = hearth.client();
  bob = hearth.client();
  agent = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  alicePersona = await signedIn(hearth.ctx, alice, 'member');
  bobPersona = await signedIn(hearth.ctx, bob, 'member');
  agentPersona = await signedIn(hearth.ctx, agent, 'agent');
  await admin.post('/api/admin/spaces', { name: 'Help', slug: 'help', kind: 'questions' });
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

async function thread(client: TestClient, body = 'Question body'): Promise<{ id: string }> {
  const response = await client.post('/api/threads', {
    space: 'help',
    title: 'A question for notices',
    body,
  });
  expect(response.status, response.body).toBe(201);
  return response.json<{ thread: { id: string } }>().thread;
}

const list = async (client: TestClient) => (await client.get('/api/notifications')).json<List>();

describe('notifications', () => {
  it('tell the asker about a reply live, in the app and by email with one-click unsubscribe', async () => {
    const { id } = await thread(alice);
    const stream = await connectSse(`${base}/api/events`, { cookie: alice.cookieHeader });
    const reply = await bob.post(`/api/threads/${id}/replies`, { body: 'Try turning it off and on.' });
    await stream.next((event) => event.type === 'notifications.changed');
    stream.close();
    const mine = await list(alice);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({
      kind: 'reply',
      threadId: id,
      read: false,
      actor: { handle: bobPersona.handle },
    });
    expect(mine.items[0]?.postId).toBe(reply.json<{ post: { id: string } }>().post.id);
    expect((await list(bob)).unread).toBe(0);

    const mail = await smtp.waitFor(
      (m) => m.to !== undefined && JSON.stringify(m.to).includes(alicePersona.email),
    );
    expect(mail.subject).toContain('replied to "A question for notices"');
    expect(mail.text).toContain(`http://community.test/t/${id}#post-`);
    const line = (key: string) => mail.headerLines.find((header) => header.key === key)?.line ?? '';
    const header = line('list-unsubscribe');
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const url = /<([^>]+)>/.exec(header)?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/community\.test\/api\/notifications\/unsubscribe\?u=/);

    // A mail client posts the one-click request with no cookies at all.
    const forged = await hearth
      .client()
      .post(url.replace('http://community.test', '').replace(/t=[^&]+/, 't=forgedforgedforged'));
    expect(forged.code).toBe('UNSUBSCRIBE_LINK_INVALID');
    const unsubscribed = await hearth.client().post(url.replace('http://community.test', ''));
    expect(unsubscribed.status, unsubscribed.body).toBe(200);
    expect((await alice.get('/api/notifications/preferences')).json<{ email: string }>().email).toBe('off');

    const before = smtp.messages.length;
    await bob.post(`/api/threads/${id}/replies`, { body: 'Any luck?' });
    await hearth.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);
    expect((await list(alice)).unread).toBe(2);
  });

  it('notify mentions once, only people who can read the thread, and never oneself', async () => {
    const { id } = await thread(
      bob,
      `Hey @${alicePersona.handle} and @${bobPersona.handle} and @nobody_here`,
    );
    const items = (await list(alice)).items.filter((item) => item.threadId === id);
    expect(items.map((item) => item.kind)).toEqual(['mention']);
    expect((await list(bob)).items.some((item) => item.threadId === id)).toBe(false);

    // A complaint is private: mentioning a member who cannot read it tells them nothing.
    const admin = hearth.client();
    await signedIn(hearth.ctx, admin, 'admin');
    await admin.post('/api/admin/spaces', { name: 'Gripes', slug: 'gripes', kind: 'complaints' });
    const complaint = await bob.post('/api/threads', {
      space: 'gripes',
      title: 'Private gripe',
      body: `cc @${alicePersona.handle} @${agentPersona.handle}`,
    });
    const complaintId = complaint.json<{ thread: { id: string } }>().thread.id;
    expect((await list(alice)).items.some((item) => item.threadId === complaintId)).toBe(false);
    expect((await list(agent)).items.some((item) => item.threadId === complaintId)).toBe(true);
  });

  it('tell the answerer their answer was accepted, and direct messages reach the recipient', async () => {
    const { id } = await thread(alice);
    const reply = await bob.post(`/api/threads/${id}/replies`, { body: 'Here you go.' });
    await alice.put(`/api/threads/${id}/accepted`, {
      postId: reply.json<{ post: { id: string } }>().post.id,
    });
    expect((await list(bob)).items.some((item) => item.kind === 'accepted' && item.threadId === id)).toBe(
      true,
    );

    const dm = await alice.post('/api/messages', {
      to: agentPersona.handle,
      title: 'Quick one',
      body: 'Hello!',
    });
    expect(dm.status, dm.body).toBe(201);
    const dmId = dm.json<{ threadId: string }>().threadId;
    expect((await list(agent)).items.find((item) => item.threadId === dmId)?.kind).toBe('message');
  });

  it('respect preferences, mark read, and gather a daily digest into one email', async () => {
    const prefs = await bob.patch('/api/notifications/preferences', {
      email: 'digest',
      kinds: { mention: { inApp: false } },
    });
    expect(prefs.json()).toMatchObject({
      email: 'digest',
      kinds: { mention: { inApp: false, email: true } },
    });
    await hearth.ctx.jobs.drain();
    const sentBefore = smtp.messages.length;
    const { id } = await thread(bob);
    await alice.post(`/api/threads/${id}/replies`, { body: 'One' });
    await agent.post(`/api/threads/${id}/replies`, { body: `Two, cc @${bobPersona.handle}` });
    await hearth.ctx.jobs.drain();
    const instant = smtp.messages
      .slice(sentBefore)
      .filter((m) => JSON.stringify(m.to).includes(bobPersona.email));
    expect(instant).toHaveLength(0);
    await sendDigest(hearth.ctx, bobPersona.id);
    const digest = await smtp.waitFor(
      (m) =>
        JSON.stringify(m.to).includes(bobPersona.email) &&
        m.subject?.includes('new in the community') === true,
    );
    expect(digest.subject).toMatch(/new in the community/);
    expect(digest.text).toContain('replied to');
    expect(digest.text).toContain('mentioned you');
    const fresh = await list(bob);
    // The mention is email-only for Bob: it was in the digest, and stays out of his list.
    expect(fresh.items.filter((item) => item.threadId === id).map((item) => item.kind)).toEqual(['reply']);
    const read = await bob.post('/api/notifications/read', { all: true });
    expect(read.json()).toEqual({ unread: 0 });
    const bad = await bob.patch('/api/notifications/preferences', { email: 'hourly' });
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect((await hearth.client().get('/api/notifications')).status).toBe(401);
  });
});
