import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/core/roles.ts';
import { signedIn } from '../support/personas.ts';
import type { TestClient, TestResponse } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * Forum persona × action, written out by hand. "space moderator" is a member who moderates the
 * questions space only. Every case gets a fresh thread (asked by another member, with one answer
 * by a third), so no case depends on another.
 */
type Who = Role | 'space moderator' | 'anonymous';
const signedInPeople: Who[] = [...roles, 'space moderator'];
const staffRoles: Who[] = ['admin', 'manager', 'agent', 'moderator', 'staff'];
const siteModerators: Who[] = ['admin', 'manager', 'moderator'];
const participants: Who[] = [...staffRoles, 'member', 'space moderator'];

interface Fixture {
  threadId: string;
  answerId: string;
  complaintId: string;
}

interface Action {
  name: string;
  allowed: Who[];
  /** What everyone else gets, signed in; anonymous callers get 401 unless `anonymous` says otherwise. */
  denied: { status: number; code: string };
  anonymous?: { status: number; code: string };
  run(client: TestClient, fixture: Fixture): Promise<TestResponse>;
}

const notFound = { status: 404, code: 'THREAD_NOT_FOUND' };
const actions: Action[] = [
  {
    name: 'read a public thread',
    allowed: ['anonymous', ...signedInPeople],
    denied: notFound,
    run: (c, f) => c.get(`/api/threads/${f.threadId}`),
  },
  {
    name: "read someone else's complaint",
    allowed: staffRoles,
    denied: notFound,
    anonymous: notFound,
    run: (c, f) => c.get(`/api/threads/${f.complaintId}`),
  },
  {
    name: 'post a thread',
    allowed: participants,
    denied: { status: 403, code: 'AUTH_FORBIDDEN' },
    run: (c) => c.post('/api/threads', { space: 'help', title: 'A matrix question', body: 'Body' }),
  },
  {
    name: 'reply',
    allowed: participants,
    denied: { status: 403, code: 'REPLY_FORBIDDEN' },
    run: (c, f) => c.post(`/api/threads/${f.threadId}/replies`, { body: 'A matrix reply' }),
  },
  {
    name: "accept an answer to someone else's question",
    allowed: [...staffRoles, 'space moderator'],
    denied: { status: 403, code: 'ACCEPT_FORBIDDEN' },
    run: (c, f) => c.put(`/api/threads/${f.threadId}/accepted`, { postId: f.answerId }),
  },
  {
    name: 'mark a reply helpful',
    allowed: signedInPeople,
    denied: { status: 403, code: 'HELPFUL_FORBIDDEN' },
    run: (c, f) => c.put(`/api/posts/${f.answerId}/helpful`),
  },
  {
    name: 'flag a reply',
    allowed: signedInPeople.filter((who) => who !== 'guest'),
    denied: { status: 403, code: 'FLAG_FORBIDDEN' },
    run: (c, f) => c.post(`/api/posts/${f.answerId}/flags`, { reason: 'spam' }),
  },
  {
    name: 'hide a reply',
    allowed: [...siteModerators, 'space moderator'],
    denied: { status: 403, code: 'MODERATION_FORBIDDEN' },
    run: (c, f) => c.post(`/api/moderation/posts/${f.answerId}`, { action: 'hide' }),
  },
  {
    name: 'move a thread to another space',
    allowed: siteModerators,
    denied: { status: 403, code: 'MODERATION_FORBIDDEN' },
    run: (c, f) => c.post(`/api/threads/${f.threadId}/move`, { space: 'lounge' }),
  },
  {
    name: 'take a thread private',
    allowed: [...staffRoles, 'space moderator'],
    denied: { status: 403, code: 'STAFF_ONLY' },
    run: (c, f) => c.post(`/api/threads/${f.threadId}/private`, {}),
  },
];

let hearth: TestHearth;
let asker: TestClient;
let answerer: TestClient;
const clients = new Map<Who, TestClient>();

beforeAll(async () => {
  hearth = await startTestHearth();
  const admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  clients.set('anonymous', hearth.client());
  for (const role of roles) {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, role);
    clients.set(role, client);
  }
  const spaceModerator = hearth.client();
  const moderatorPersona = await signedIn(hearth.ctx, spaceModerator, 'member');
  clients.set('space moderator', spaceModerator);
  asker = hearth.client();
  answerer = hearth.client();
  await signedIn(hearth.ctx, asker, 'member');
  await signedIn(hearth.ctx, answerer, 'member');
  for (const [slug, kind] of [
    ['help', 'questions'],
    ['lounge', 'discussion'],
    ['gripes', 'complaints'],
  ] as const) {
    const created = await admin.post('/api/admin/spaces', { name: slug, slug, kind });
    expect(created.status, created.body).toBe(201);
    if (slug === 'help') {
      const id = created.json<{ space: { id: string } }>().space.id;
      const added = await admin.post(`/api/admin/spaces/${id}/moderators`, { userId: moderatorPersona.id });
      expect(added.status, added.body).toBe(200);
    }
  }
});
afterAll(() => hearth.dispose());

async function fixture(): Promise<Fixture> {
  const question = await asker.post('/api/threads', {
    space: 'help',
    title: 'Matrix question',
    body: 'Why?',
  });
  const threadId = question.json<{ thread: { id: string } }>().thread.id;
  const answer = await answerer.post(`/api/threads/${threadId}/replies`, { body: 'Because.' });
  const complaint = await asker.post('/api/threads', { space: 'gripes', title: 'Matrix gripe', body: 'Grr' });
  return {
    threadId,
    answerId: answer.json<{ post: { id: string } }>().post.id,
    complaintId: complaint.json<{ thread: { id: string } }>().thread.id,
  };
}

const everyone: Who[] = ['anonymous', ...signedInPeople];
const cases = actions.flatMap((action) => everyone.map((who) => [action.name, who, action] as const));

describe('forum role matrix', () => {
  it.each(cases)('%s as %s', async (_name, who, action) => {
    const client = clients.get(who);
    if (!client) throw new Error(`no client for ${who}`);
    const response = await action.run(client, await fixture());
    if (action.allowed.includes(who)) {
      expect(response.status, response.body).toBeGreaterThanOrEqual(200);
      expect(response.status, response.body).toBeLessThan(300);
      return;
    }
    const expected =
      who === 'anonymous' ? (action.anonymous ?? { status: 401, code: 'AUTH_REQUIRED' }) : action.denied;
    expect([response.status, response.code]).toEqual([expected.status, expected.code]);
  });
});
