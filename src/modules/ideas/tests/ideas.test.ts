import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { recordPurchase } from '../../members/index.ts';
import type { BoardPageDto, IdeaDto } from '../schemas.ts';
import { newBoard, notificationsOf, someone, submit, timelineOf, vote, type Someone } from './fixture.ts';

let hearth: TestHearth;
let admin: Someone;
let manager: Someone;
let agent: Someone;
let ana: Someone;
let ben: Someone;
let guest: Someone;
let slug: string;

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = await someone(hearth, 'admin');
  manager = await someone(hearth, 'manager');
  agent = await someone(hearth, 'agent');
  ana = await someone(hearth, 'member');
  ben = await someone(hearth, 'member');
  guest = await someone(hearth, 'guest');
  slug = await newBoard(admin.client);
});
afterAll(() => hearth.dispose());

const board = async (who: Someone, query = '') =>
  (await who.client.get(`/api/spaces/${slug}/ideas${query}`)).json<BoardPageDto>();

describe('submitting an idea', () => {
  it('refuses bad input, unknown boards, other kinds of space and roles that cannot post', async () => {
    const short = await ana.client.post(`/api/spaces/${slug}/ideas`, { title: 'Hi', body: '' });
    expect([short.status, short.code]).toEqual([400, 'VALIDATION_FAILED']);
    const missing = await ana.client.post('/api/spaces/no-such-board/ideas', { title: 'Dark mode' });
    expect([missing.status, missing.code]).toEqual([404, 'IDEA_BOARD_NOT_FOUND']);
    const discussion = await newBoard(admin.client, 'discussion');
    const notIdeas = await ana.client.get(`/api/spaces/${discussion}/ideas`);
    expect([notIdeas.status, notIdeas.code]).toEqual([404, 'IDEA_BOARD_NOT_FOUND']);
    const guestTry = await guest.client.post(`/api/spaces/${slug}/ideas`, { title: 'Guest idea' });
    expect([guestTry.status, guestTry.code]).toEqual([403, 'AUTH_FORBIDDEN']);
  });

  it('puts the idea on the board (Markdown rendered, sanitised) and on the author’s timeline', async () => {
    const idea = await submit(
      ana.client,
      slug,
      'Schedule by sunrise',
      'Follow the **sun**. <script>x()</script>',
    );
    expect(idea).toMatchObject({
      status: 'new',
      voteCount: 0,
      following: true,
      author: { id: ana.persona.id },
    });
    expect(idea.bodyHtml).toContain('<strong>sun</strong>');
    expect(idea.bodyHtml).not.toContain('<script>');
    const listed = await board(ana);
    expect(listed.items.map((item) => item.title)).toContain('Schedule by sunrise');
    const visitor = await hearth.client().get(`/api/ideas/${idea.id}`);
    expect(visitor.status).toBe(200);
    expect(visitor.json<IdeaDto>().voters).toBeNull();
    const timeline = await timelineOf(agent.client, ana.persona.id);
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'idea', link: `/ideas/${idea.id}` }));
  });

  it('suggests similar ideas by title while someone types', async () => {
    await submit(ana.client, slug, 'Geofencing for away mode');
    const similar = await ana.client.get(
      `/api/spaces/${slug}/ideas/similar?title=${encodeURIComponent('geofence away')}`,
    );
    expect(similar.status).toBe(200);
    expect(similar.json<{ title: string }[]>().map((s) => s.title)).toContain('Geofencing for away mode');
  });
});

describe('voting', () => {
  it('refuses a missing idea and roles that cannot vote; a vote counts once and follows the idea', async () => {
    const missing = await ana.client.put('/api/ideas/00000000-0000-4000-8000-000000000000/vote');
    expect([missing.status, missing.code]).toEqual([404, 'IDEA_NOT_FOUND']);
    const idea = await submit(ana.client, slug, 'Humidity display');
    const refused = await guest.client.put(`/api/ideas/${idea.id}/vote`);
    expect([refused.status, refused.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    await vote(ben.client, idea.id);
    const again = await vote(ben.client, idea.id);
    expect(again).toMatchObject({ voteCount: 1, voted: true, following: true });
    const timeline = await timelineOf(agent.client, ben.persona.id);
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'vote', link: `/ideas/${idea.id}` }));
    const withdrawn = await ben.client.delete(`/api/ideas/${idea.id}/vote`);
    expect(withdrawn.json<IdeaDto>()).toMatchObject({ voteCount: 0, voted: false });
    // A vote taken back leaves their timeline too.
    expect(await timelineOf(agent.client, ben.persona.id)).not.toContainEqual(
      expect.objectContaining({ kind: 'vote', link: `/ideas/${idea.id}` }),
    );
  });

  it('refuses a vote over the budget, writing nothing, and frees a vote when an idea ships', async () => {
    const budgetSlug = await newBoard(admin.client);
    const invalid = await manager.client.put(`/api/spaces/${budgetSlug}/ideas/settings`, { voteBudget: 0 });
    expect(invalid.status).toBe(400);
    const memberTry = await ana.client.put(`/api/spaces/${budgetSlug}/ideas/settings`, { voteBudget: 2 });
    expect([memberTry.status, memberTry.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    const set = await manager.client.put(`/api/spaces/${budgetSlug}/ideas/settings`, { voteBudget: 2 });
    expect(set.json()).toMatchObject({ voteBudget: 2 });
    const [a, b, c] = [
      await submit(ana.client, budgetSlug, 'Budget idea A'),
      await submit(ana.client, budgetSlug, 'Budget idea B'),
      await submit(ana.client, budgetSlug, 'Budget idea C'),
    ];
    await vote(ben.client, a.id);
    await vote(ben.client, b.id);
    const over = await ben.client.put(`/api/ideas/${c.id}/vote`);
    expect([over.status, over.code]).toEqual([409, 'IDEA_VOTE_BUDGET_SPENT']);
    // With the budget spent, voting again for an idea already voted for is still fine.
    expect((await ben.client.put(`/api/ideas/${a.id}/vote`)).status).toBe(200);
    expect(over.json<{ error: { message: string } }>().error.message).toContain('all 2 of your votes');
    const after = (await ben.client.get(`/api/ideas/${c.id}`)).json<IdeaDto>();
    expect(after).toMatchObject({ voteCount: 0, voted: false, following: false });
    expect(after.board).toMatchObject({ voteBudget: 2, votesUsed: 2, votesLeft: 0 });

    await manager.client.post(`/api/ideas/${a.id}/status`, { status: 'shipped', response: 'Out now.' });
    const closed = await ana.client.put(`/api/ideas/${a.id}/vote`);
    expect([closed.status, closed.code]).toEqual([409, 'IDEA_CLOSED']);
    expect((await vote(ben.client, c.id)).board).toMatchObject({ votesUsed: 2, votesLeft: 0 });
  });
});

describe('statuses and official responses', () => {
  it('refuses bad input, missing ideas and people who do not moderate the board', async () => {
    const idea = await submit(ana.client, slug, 'Vacation hold');
    const noReason = await manager.client.post(`/api/ideas/${idea.id}/status`, { status: 'declined' });
    expect([noReason.status, noReason.code]).toEqual([400, 'VALIDATION_FAILED']);
    const missing = await manager.client.post('/api/ideas/00000000-0000-4000-8000-000000000000/status', {
      status: 'planned',
    });
    expect(missing.code).toBe('IDEA_NOT_FOUND');
    const byAgent = await agent.client.post(`/api/ideas/${idea.id}/status`, { status: 'planned' });
    expect([byAgent.status, byAgent.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    const same = await manager.client.post(`/api/ideas/${idea.id}/status`, { status: 'new' });
    expect([same.status, same.code]).toEqual([409, 'IDEA_STATUS_UNCHANGED']);
  });

  it('tells the author, voters and followers on every change, and shipping in its own words', async () => {
    const idea = await submit(ana.client, slug, 'Energy report by room');
    await vote(ben.client, idea.id);
    const planned = await manager.client.post(`/api/ideas/${idea.id}/status`, {
      status: 'planned',
      response: 'Coming in **spring**.',
    });
    expect(planned.status, planned.body).toBe(200);
    expect(planned.json<IdeaDto>().response).toMatchObject({
      status: 'planned',
      by: { id: manager.persona.id },
    });
    expect(planned.json<IdeaDto>().response?.html).toContain('<strong>spring</strong>');
    await manager.client.post(`/api/ideas/${idea.id}/status`, {
      status: 'shipped',
      response: 'Live in 4.3.',
    });
    for (const who of [ana, ben]) {
      const notes = (await notificationsOf(who.client)).filter((n) => n.link === `/ideas/${idea.id}`);
      expect(notes.map((n) => n.kind).sort()).toEqual(['idea_shipped', 'idea_status']);
      expect(notes.find((n) => n.kind === 'idea_shipped')?.title).toBe(
        '“Energy report by room” has shipped: Live in 4.3.',
      );
      expect(notes.find((n) => n.kind === 'idea_status')?.title).toContain('is now planned: Coming in');
    }
    const managerNotes = await notificationsOf(manager.client);
    expect(managerNotes.some((n) => n.link === `/ideas/${idea.id}`)).toBe(false);
    const read = (await ana.client.get(`/api/ideas/${idea.id}`)).json<IdeaDto>();
    expect(read.history.map((h) => [h.kind, h.fromStatus, h.toStatus])).toEqual([
      ['status', 'new', 'planned'],
      ['status', 'planned', 'shipped'],
    ]);
    const audit = (await admin.client.get('/api/admin/audit?limit=50')).body;
    expect(audit).toContain('ideas.status_changed');
  });
});

describe('ranking', () => {
  it('ranks by votes, by demand (valuable customers weigh more) and by a saved segment (staff only)', async () => {
    const rankSlug = await newBoard(admin.client);
    const many = await submit(ana.client, rankSlug, 'Many small voices');
    const valuable = await submit(ana.client, rankSlug, 'One big customer');
    const carla = await someone(hearth, 'member');
    await vote(ana.client, many.id);
    await vote(ben.client, many.id);
    await vote(carla.client, valuable.id);
    await hearth.ctx.database.transaction((tx) =>
      recordPurchase(tx, { memberId: carla.persona.id, amountCents: 500_000, country: 'DE', at: new Date() }),
    );
    const rank = async (query: string) =>
      (await agent.client.get(`/api/spaces/${rankSlug}/ideas${query}`))
        .json<BoardPageDto>()
        .items.map((i) => i.title);
    const byVotes = (await agent.client.get(`/api/spaces/${rankSlug}/ideas?sort=votes`)).json<BoardPageDto>();
    expect(byVotes.items.map((i) => i.title)).toEqual(['Many small voices', 'One big customer']);
    const byDemand = (
      await agent.client.get(`/api/spaces/${rankSlug}/ideas?sort=demand`)
    ).json<BoardPageDto>();
    expect(byDemand.items.map((i) => i.title)).toEqual(['One big customer', 'Many small voices']);
    expect(byDemand.items[0]?.demand).toBeGreaterThan(5);

    const tagged = await agent.client.put(`/api/members/${carla.persona.id}/tags`, { tags: ['vip'] });
    expect(tagged.status).toBe(200);
    const segment = await agent.client.post('/api/members/segments', {
      name: `VIPs ${rankSlug}`,
      filter: { tag: 'vip' },
    });
    const segmentId = segment.json<{ id: string }>().id;
    const bySegment = (
      await agent.client.get(`/api/spaces/${rankSlug}/ideas?sort=votes&segment=${segmentId}`)
    ).json<BoardPageDto>();
    expect(bySegment.items.map((i) => [i.title, i.score])).toEqual([
      ['One big customer', 1],
      ['Many small voices', 0],
    ]);
    const memberTry = await ana.client.get(`/api/spaces/${rankSlug}/ideas?segment=${segmentId}`);
    expect([memberTry.status, memberTry.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    const unknown = await agent.client.get(
      `/api/spaces/${rankSlug}/ideas?segment=00000000-0000-4000-8000-000000000000`,
    );
    expect([unknown.status, unknown.code]).toEqual([404, 'IDEA_SEGMENT_NOT_FOUND']);
    expect(await rank('?q=big%20custom')).toEqual(['One big customer']);
  });

  it('filters by status and pages with a cursor', async () => {
    const pageSlug = await newBoard(admin.client);
    for (const n of [1, 2, 3]) await submit(ana.client, pageSlug, `Paged idea ${n}`);
    const first = (
      await ana.client.get(`/api/spaces/${pageSlug}/ideas?sort=new&limit=2`)
    ).json<BoardPageDto>();
    expect(first.items.map((i) => i.title)).toEqual(['Paged idea 3', 'Paged idea 2']);
    const second = (
      await ana.client.get(`/api/spaces/${pageSlug}/ideas?sort=new&limit=2&cursor=${first.nextCursor}`)
    ).json<BoardPageDto>();
    expect(second).toMatchObject({ items: [{ title: 'Paged idea 1' }], nextCursor: null });
    const shipped = (
      await ana.client.get(`/api/spaces/${pageSlug}/ideas?status=shipped`)
    ).json<BoardPageDto>();
    expect(shipped.items).toEqual([]);
    const bad = await ana.client.get(`/api/spaces/${pageSlug}/ideas?sort=loudest`);
    expect(bad.status).toBe(400);
  });
});

describe('comments', () => {
  it('refuses empty comments, missing ideas and guests; shows sanitised Markdown', async () => {
    const idea = await submit(ana.client, slug, 'Quiet hours');
    const empty = await ben.client.post(`/api/ideas/${idea.id}/comments`, { body: ' ' });
    expect(empty.status).toBe(400);
    const missing = await ben.client.post('/api/ideas/00000000-0000-4000-8000-000000000000/comments', {
      body: 'Yes',
    });
    expect(missing.code).toBe('IDEA_NOT_FOUND');
    const byGuest = await guest.client.post(`/api/ideas/${idea.id}/comments`, { body: 'Me too' });
    expect(byGuest.code).toBe('AUTH_FORBIDDEN');
    const posted = await ben.client.post(`/api/ideas/${idea.id}/comments`, {
      body: '*Yes* <img src=x onerror=y>',
    });
    expect(posted.status).toBe(201);
    const [comment] = posted.json<IdeaDto>().comments;
    expect(comment?.html).toContain('<em>Yes</em>');
    expect(comment?.html).not.toContain('<img');
  });
});
