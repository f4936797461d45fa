import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { fixedClock } from '../../../core/clock.ts';
import { ingestMessage } from '../../inbox/index.ts';
import { importSource, ingestMentions } from '../../listening/index.ts';
import { newBoard, someone, submit, vote, type Someone } from '../tests/fixture.ts';
import type { DemandReport } from './schemas.ts';

const clock = fixedClock(new Date('2026-11-10T12:00:00Z'));
let hearth: TestHearth;
let admin: Someone;
let manager: Someone;
let agent: Someone;
let member: Someone;
let other: Someone;
let poster: Someone;
const ids = { idea: '', declined: '', conversation: '', bugConversation: '', mention: '', thread: '' };

const range = 'from=2026-11-01&to=2026-11-15';
async function report(query = range): Promise<DemandReport> {
  const response = await manager.client.get(`/api/reports/demand?${query}`);
  expect(response.status, response.body).toBe(200);
  return response.json<DemandReport>();
}

let refs = 0;
async function conversation(subject: string, text: string): Promise<string> {
  const ref = `demand-${++refs}`;
  const opened = await hearth.ctx.database.transaction((tx) =>
    ingestMessage(tx, hearth.ctx, {
      channel: 'api',
      conversationRef: ref,
      externalId: `api:${ref}`,
      subject,
      text,
      html: `<p>${text}</p>`,
      from: { memberId: null, name: `Caller ${refs}`, address: `caller${refs}@example.org` },
      at: hearth.ctx.clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  return opened.conversationId as string;
}

async function capture(source: { kind: string; id: string }, ideaId: string) {
  const response = await agent.client.post('/api/ideas/capture', { source, ideaId });
  expect(response.status, response.body).toBe(200);
}

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  admin = await someone(hearth, 'admin');
  manager = await someone(hearth, 'manager');
  agent = await someone(hearth, 'agent');
  [member, other, poster] = [
    await someone(hearth, 'member'),
    await someone(hearth, 'member'),
    await someone(hearth, 'member'),
  ];
  const slug = await newBoard(admin.client);
  const questions = await newBoard(admin.client, 'questions');

  // Votes before the range do not count in it, but in the idea's total.
  clock.set(new Date('2026-10-20T12:00:00Z'));
  const idea = await submit(member.client, slug, 'Vacation mode');
  ids.idea = idea.id;
  await vote(member.client, idea.id);

  clock.set(new Date('2026-11-10T12:00:00Z'));
  await vote(other.client, idea.id);
  ids.conversation = await conversation(
    'Vacation',
    'Could the thermostat hold a low temperature while away?',
  );
  await capture({ kind: 'conversation', id: ids.conversation }, idea.id);
  const source = await importSource(hearth.ctx, 'Demand export', 'twitter');
  await ingestMentions(hearth.ctx, source, [
    {
      externalId: 'demand-idea',
      text: 'Wish the thermostat had a vacation mode for long trips',
      author: { name: 'Rui Costa', handle: '@rui_c' },
      publishedAt: clock.now(),
    },
    {
      externalId: 'demand-bug',
      text: 'Lumo hub keeps crashing after the firmware update #lumo',
      author: { handle: '@ana' },
      publishedAt: clock.now(),
    },
  ]);
  const items = (await agent.client.get('/api/listening/items?q=vacation')).json<{
    items: { id: string }[];
  }>();
  await capture({ kind: 'mention', id: items.items[0]?.id as string }, idea.id);
  const bugs = (await agent.client.get('/api/listening/items?q=crashing')).json<{
    items: { id: string }[];
  }>();
  ids.mention = bugs.items[0]?.id as string;

  const wishes = await poster.client.post('/api/threads', {
    space: questions,
    title: 'Holiday settings?',
    body: 'How do I keep the heating low while on holiday?',
  });
  expect(wishes.status, wishes.body).toBe(201);
  await capture(
    { kind: 'post', id: wishes.json<{ posts: { id: string }[] }>().posts[0]?.id as string },
    idea.id,
  );

  // Bugs: the same phrase in a conversation and a forum thread (which the inbox also holds: once).
  ids.bugConversation = await conversation(
    'Hub problem',
    'Since the firmware update my hub keeps crashing every night.',
  );
  const thread = await member.client.post('/api/threads', {
    space: questions,
    title: 'Crash after the firmware update?',
    body: 'My thermostat stopped working after the firmware update. Any fix?',
  });
  expect(thread.status, thread.body).toBe(201);
  ids.thread = thread.json<{ thread: { id: string } }>().thread.id;

  // A declined idea with more votes is not requested any more.
  const declined = await submit(member.client, slug, 'Coffee maker');
  ids.declined = declined.id;
  await Promise.all([member, other, manager].map((someone) => vote(someone.client, declined.id)));
  const status = await manager.client.post(`/api/ideas/${declined.id}/status`, {
    status: 'declined',
    response: 'Not for us.',
  });
  expect(status.status, status.body).toBe(200);
  await hearth.ctx.jobs.drain();
});
afterAll(() => hearth.dispose());

describe('the demand report', () => {
  it('counts votes for an idea from every channel in the range, weighed, and leaves done ideas out', async () => {
    const { range: answered, ideas } = await report();
    expect(answered).toEqual({ from: '2026-11-01', to: '2026-11-15', days: 15, timezone: 'UTC' });
    expect(ideas.top.map((idea) => idea.id)).toEqual([ids.idea]);
    expect(ideas.top[0]).toMatchObject({
      title: 'Vacation mode',
      status: 'new',
      link: `/ideas/${ids.idea}`,
      votes: 4,
      totalVotes: 5,
      byChannel: { board: 1, conversation: 1, mention: 1, post: 1 },
      demand: 4,
    });
    expect(ideas.newIdeas).toEqual({ total: 1, board: 1, conversation: 0, mention: 0, post: 0 });
    const before = await report('from=2026-10-01&to=2026-10-31');
    expect(before.ideas.top[0]).toMatchObject({ votes: 1, byChannel: { board: 1 } });
  });

  it('groups bug reports into themes across mentions, conversations and forum threads', async () => {
    const { bugs } = await report();
    expect(bugs.reports).toEqual({ total: 3, mention: 1, conversation: 1, thread: 1 });
    expect(bugs.capped).toBe(false);
    const theme = bugs.themes.find((candidate) => candidate.phrase === 'firmware update');
    expect(theme).toMatchObject({
      total: 3,
      byChannel: { mention: 1, conversation: 1, thread: 1 },
      firstSeen: '2026-11-10T12:00:00.000Z',
      lastSeen: '2026-11-10T12:00:00.000Z',
    });
    expect(theme?.examples.map((example) => example.link).sort()).toEqual(
      [`/listening/items/${ids.mention}`, `/inbox/c/${ids.bugConversation}`, `/t/${ids.thread}`].sort(),
    );
    expect(bugs.themes[0]?.phrase).toBe('firmware update');
  });

  it('answers an empty range with empty tables', async () => {
    const { ideas, bugs } = await report('from=2025-01-01&to=2025-01-31');
    expect([ideas.top, bugs.themes, bugs.reports.total]).toEqual([[], [], 0]);
  });

  it('downloads both tables as CSV', async () => {
    const response = await manager.client.get(`/api/reports/demand?${range}&format=csv`);
    expect(response.status, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="demand-report-2026-11-01-2026-11-15.csv"',
    );
    expect(response.body).toContain(`${ids.idea},Vacation mode,new,`);
    expect(response.body).toContain('firmware update,3,1,1,1,');
  });

  it('refuses bad ranges with 400 and people who do not read reports with 401/403', async () => {
    for (const query of [
      'from=2026-11-15&to=2026-11-01',
      'from=2026-13-01',
      'from=2024-01-01&to=2026-01-01',
      'format=xml',
    ]) {
      const response = await manager.client.get(`/api/reports/demand?${query}`);
      expect([response.status, response.code], query).toEqual([400, 'VALIDATION_FAILED']);
    }
    const asAdmin = await admin.client.get(`/api/reports/demand?${range}`);
    expect(asAdmin.status).toBe(200);
    for (const client of [agent.client, member.client]) {
      const response = await client.get(`/api/reports/demand?${range}`);
      expect([response.status, response.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    }
    const anonymous = await hearth.client().get(`/api/reports/demand?${range}`);
    expect([anonymous.status, anonymous.code]).toEqual([401, 'AUTH_REQUIRED']);
  });
});
