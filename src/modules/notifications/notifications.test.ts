import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids.ts';
import { createPersona, signedIn, type Persona } from '../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.ts';
import { connectSse } from '../../../test/support/sse-client.ts';
import type { TestClient } from '../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';
import { notify, sendDigest, type NotificationDraft } from './index.ts';
import { writePreferences } from './queries.ts';

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
    threadId: string | null;
    postId: string | null;
    link: string | null;
    title: string;
    read: boolean;
    actor: { handle: string } | null;
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

/** What the inbox does: notify in a transaction of its own. */
async function notifyNow(drafts: NotificationDraft[]): Promise<void> {
  await hearth.ctx.database.transaction((tx) => notify(tx, hearth.ctx, drafts));
}

const mailTo = (persona: Persona) => (m: { to?: unknown }) =>
  m.to !== undefined && JSON.stringify(m.to).includes(persona.email);

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
  it('carry a link and no actor: listed with the link, emailed with the absolute link and no "Someone"', async () => {
    const conversationId = newId();
    const title = 'First response due in 15 min: "Thermostat offline"';
    await notifyNow([
      {
        userId: agentPersona.id,
        kind: 'sla_alert',
        actorId: null,
        threadId: null,
        postId: null,
        link: `/inbox/c/${conversationId}`,
        title,
      },
    ]);
    const item = (await list(agent)).items.find((entry) => entry.kind === 'sla_alert');
    expect(item).toMatchObject({
      link: `/inbox/c/${conversationId}`,
      actor: null,
      threadId: null,
      postId: null,
      title,
      read: false,
    });

    const mail = await smtp.waitFor(
      (m) => mailTo(agentPersona)(m) && m.subject?.includes('Thermostat offline') === true,
    );
    expect(mail.subject).toBe(`SLA warning: ${title}`);
    expect(mail.text).toContain(`SLA warning: ${title}.`);
    expect(mail.text).toContain(`http://community.test/inbox/c/${conversationId}`);
    expect(mail.text).not.toContain('/t/');
    expect(mail.text).not.toContain('Someone');

    // Forum notifications keep their thread links; a link that leaves the site is refused outright.
    await expect(
      notifyNow([
        {
          userId: agentPersona.id,
          kind: 'assigned',
          actorId: null,
          threadId: null,
          postId: null,
          link: '//elsewhere.example/phish',
          title: 'Nope',
        },
      ]),
    ).rejects.toThrow(/path on this site/);
  });

  it('gather linked notifications into the digest with their absolute links', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    await writePreferences(
      hearth.ctx.database.db,
      member.id,
      { email: 'digest', kinds: {} },
      hearth.ctx.clock.now(),
    );
    const token = 'rate-token-abc123';
    const conversationId = newId();
    await notifyNow([
      {
        userId: member.id,
        kind: 'rating',
        actorId: null,
        threadId: null,
        postId: null,
        link: `/rate/${token}`,
        title: 'Thermostat offline',
      },
      {
        userId: member.id,
        kind: 'assigned',
        actorId: agentPersona.id,
        threadId: null,
        postId: null,
        link: `/inbox/c/${conversationId}`,
        title: 'Boiler noise',
      },
    ]);
    await hearth.ctx.jobs.drain();
    expect(smtp.messages.some(mailTo(member))).toBe(false);
    await sendDigest(hearth.ctx, member.id);
    const digest = await smtp.waitFor(mailTo(member));
    expect(digest.subject).toBe('2 new in the community');
    expect(digest.text).toContain('Rate the help you got with "Thermostat offline"');
    expect(digest.text).toContain(`http://community.test/rate/${token}`);
    expect(digest.text).toContain(`${agentPersona.name} assigned you a conversation: "Boiler noise"`);
    expect(digest.text).toContain(`http://community.test/inbox/c/${conversationId}`);
    expect(digest.text).not.toContain('Someone');
  });

  it('keep choices stored before the inbox kinds existed, and give the new kinds their defaults', async () => {
    const client = hearth.client();
    const member = await signedIn(hearth.ctx, client, 'member');
    // Exactly what an earlier version stored: the four forum kinds, nothing else.
    await writePreferences(
      hearth.ctx.database.db,
      member.id,
      {
        email: 'digest',
        kinds: {
          reply: { inApp: false, email: true },
          mention: { inApp: true, email: false },
          accepted: { inApp: false, email: false },
          message: { inApp: true, email: true },
        },
      },
      hearth.ctx.clock.now(),
    );
    const stored = (await client.get('/api/notifications/preferences')).json();
    expect(stored).toEqual({
      email: 'digest',
      kinds: {
        reply: { inApp: false, email: true },
        mention: { inApp: true, email: false },
        accepted: { inApp: false, email: false },
        message: { inApp: true, email: true },
        assigned: { inApp: true, email: true },
        sla_alert: { inApp: true, email: true },
        note_mention: { inApp: true, email: true },
        rating: { inApp: true, email: true },
        listening_alert: { inApp: true, email: true },
        idea_status: { inApp: true, email: true },
        idea_shipped: { inApp: true, email: true },
        idea_merged: { inApp: true, email: true },
      },
    });

    // Notifying goes by the same choices: an old kind stays off, a new kind arrives.
    await notifyNow(
      (['accepted', 'rating'] as const).map((kind) => ({
        userId: member.id,
        kind,
        actorId: null,
        threadId: null,
        postId: null,
        link: '/rate/compat-token',
        title: `Compat ${kind}`,
      })),
    );
    expect((await list(client)).items.map((item) => item.kind)).toEqual(['rating']);

    // Changing a new kind leaves the old choices as they were.
    const changed = await client.patch('/api/notifications/preferences', {
      kinds: { rating: { email: false }, sla_alert: { inApp: false } },
    });
    expect(changed.status, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      email: 'digest',
      kinds: {
        reply: { inApp: false, email: true },
        accepted: { inApp: false, email: false },
        rating: { inApp: true, email: false },
        sla_alert: { inApp: false, email: true },
        note_mention: { inApp: true, email: true },
      },
    });
    expect((await client.get('/api/notifications/preferences')).json()).toEqual(changed.json());
  });
});
