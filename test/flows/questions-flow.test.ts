import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { signedIn } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/** The Q&A promise end to end: nobody's question is left without an answer unnoticed. */
const clock = fixedClock(new Date('2026-11-02T09:00:00Z'));
let hearth: TestHearth;
let asker: TestClient;
let neighbour: TestClient;
let agent: TestClient;

interface Queue {
  afterHours: number;
  items: { id: string; waiting: string }[];
}
interface ThreadReply {
  thread: { solved: boolean; solvedByCommunity: boolean; acceptedPostId: string | null };
}

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  const admin = hearth.client();
  asker = hearth.client();
  neighbour = hearth.client();
  agent = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, asker, 'member');
  await signedIn(hearth.ctx, neighbour, 'member');
  await signedIn(hearth.ctx, agent, 'agent');
  expect(
    (await admin.post('/api/admin/spaces', { name: 'Help', slug: 'help', kind: 'questions' })).status,
  ).toBe(201);
});
afterAll(() => hearth.dispose());

async function ask(title: string): Promise<string> {
  const response = await asker.post('/api/threads', { space: 'help', title, body: 'Details inside.' });
  expect(response.status, response.body).toBe(201);
  return response.json<{ thread: { id: string } }>().thread.id;
}

const queue = async () => (await agent.get('/api/questions/unanswered')).json<Queue>();
const waiting = async (id: string) => (await queue()).items.find((item) => item.id === id)?.waiting;

describe('question → community answer → accepted', () => {
  it('moves through the unanswered queue and ends solved by the community', async () => {
    const id = await ask('Where do I change my billing address?');
    expect(await waiting(id)).toBe('no_reply');

    // The asker's own follow-up is not an answer.
    await asker.post(`/api/threads/${id}/replies`, { body: 'Still looking…' });
    expect(await waiting(id)).toBe('no_reply');

    const answer = await neighbour.post(`/api/threads/${id}/replies`, { body: 'Settings › Billing.' });
    const answerId = answer.json<{ post: { id: string } }>().post.id;
    expect(await waiting(id)).toBeUndefined();

    clock.advance(25 * 3600_000);
    expect(await waiting(id)).toBe('no_accepted_answer');

    const accepted = await asker.put(`/api/threads/${id}/accepted`, { postId: answerId });
    expect(accepted.status, accepted.body).toBe(200);
    expect(accepted.json<ThreadReply>().thread).toMatchObject({
      solved: true,
      solvedByCommunity: true,
      acceptedPostId: answerId,
    });
    expect(await waiting(id)).toBeUndefined();

    const page = (await hearth.client().get(`/api/threads/${id}`)).json<{
      acceptedAnswer: { id: string; accepted: boolean } | null;
    }>();
    expect(page.acceptedAnswer).toMatchObject({ id: answerId, accepted: true });
  });

  it('records a staff answer as solved, but not by the community', async () => {
    const id = await ask('Is there an API rate limit?');
    const answer = await agent.post(`/api/threads/${id}/replies`, { body: '600 requests a minute.' });
    const answerId = answer.json<{ post: { id: string; author: { staff: boolean } } }>().post;
    expect(answerId.author.staff).toBe(true);
    const accepted = await asker.put(`/api/threads/${id}/accepted`, { postId: answerId.id });
    expect(accepted.json<ThreadReply>().thread).toMatchObject({ solved: true, solvedByCommunity: false });
    const withdrawn = await asker.delete(`/api/threads/${id}/accepted`);
    expect(withdrawn.json<ThreadReply>().thread).toMatchObject({ solved: false, acceptedPostId: null });
    expect(await waiting(id)).toBeUndefined();
    clock.advance(25 * 3600_000);
    expect(await waiting(id)).toBe('no_accepted_answer');
  });

  it('refuses the question as its own answer, and answers outside questions spaces', async () => {
    const id = await ask('Can I accept my own question?');
    const page = (await asker.get(`/api/threads/${id}`)).json<{ posts: { id: string }[] }>();
    const self = await asker.put(`/api/threads/${id}/accepted`, { postId: page.posts[0]?.id });
    expect(self.code).toBe('ANSWER_IS_QUESTION');
    const stranger = await asker.put(`/api/threads/${id}/accepted`, {
      postId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stranger.code).toBe('POST_NOT_FOUND');
  });

  it('orders the queue oldest first and hides it from members', async () => {
    const items = (await queue()).items.map((item) => item.id);
    const first = await ask('Older question');
    clock.advance(60_000);
    const second = await ask('Newer question');
    const after = (await queue()).items.map((item) => item.id).filter((id) => !items.includes(id));
    expect(after).toEqual([first, second]);
    expect((await neighbour.get('/api/questions/unanswered')).code).toBe('STAFF_ONLY');
  });
});
