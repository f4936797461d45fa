import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { createPersona, signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { signatureHeaderValue } from '../signature.ts';
import { sweepSla } from '../use-cases/sweep-sla.ts';

const clock = fixedClock(new Date('2026-11-02T09:00:00Z'));
let hearth: TestHearth;
let admin: TestClient;
let member: TestClient;
let neighbour: TestClient;
let agentA: TestClient;
let agentB: TestClient;
let manager: TestClient;
let people: Record<'agentA' | 'agentB' | 'manager' | 'member', Persona>;

interface Detail {
  id: string;
  status: string;
  deflected: boolean;
  team: { id: string; name: string } | null;
  assignee: { id: string } | null;
  priority: string;
  tags: string[];
  escalated: boolean;
  breached: boolean;
  routeTrace: { name: string; matched: boolean; reasons: string[] }[];
  messages: { id: string; direction: string; html: string }[];
  activity: { kind: string; data: Record<string, unknown> }[];
  clocks: { metric: string; dueAt: string | null; metAt: string | null; breached: boolean }[];
  scopeChanges: { what: string; newValue: string; agreedBy: string }[];
  csat: { rating: number | null } | null;
  version: number;
}
type Wrapped = { conversation: Detail };

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  [admin, member, neighbour, agentA, agentB, manager] = Array.from({ length: 6 }, () => hearth.client()) as [
    TestClient,
    TestClient,
    TestClient,
    TestClient,
    TestClient,
    TestClient,
  ];
  await signedIn(hearth.ctx, admin, 'admin');
  people = {
    member: await signedIn(hearth.ctx, member, 'member'),
    agentA: await signedIn(hearth.ctx, agentA, 'agent'),
    agentB: await signedIn(hearth.ctx, agentB, 'agent'),
    manager: await signedIn(hearth.ctx, manager, 'manager'),
  };
  await signedIn(hearth.ctx, neighbour, 'member');
  for (const [slug, kind] of [
    ['help', 'questions'],
    ['complaints', 'complaints'],
  ] as const) {
    const response = await admin.post('/api/admin/spaces', { name: slug, slug, kind });
    expect(response.status, response.body).toBe(201);
  }
});
afterAll(() => hearth.dispose());

async function conversationOfThread(threadId: string): Promise<Detail | undefined> {
  const found = await hearth.ctx.database.sql.query<{ id: string }>(
    `select id from inbox_conversations where channel = 'forum' and channel_ref = $1`,
    [threadId],
  );
  const id = found.rows[0]?.id;
  if (!id) return undefined;
  const response = await agentA.get(`/api/inbox/conversations/${id}`);
  expect(response.status, response.body).toBe(200);
  return response.json<Wrapped>().conversation;
}

describe('forum question → inbox → community answer accepted', () => {
  it('opens a conversation and closes it as deflected when the community answer is accepted', async () => {
    const asked = await member.post('/api/threads', {
      space: 'help',
      title: 'Thermostat shows E4',
      body: 'What does E4 mean?',
    });
    expect(asked.status, asked.body).toBe(201);
    const threadId = asked.json<{ thread: { id: string } }>().thread.id;
    const opened = await conversationOfThread(threadId);
    expect(opened).toMatchObject({ status: 'open', tags: ['question'] });

    const answer = await neighbour.post(`/api/threads/${threadId}/replies`, {
      body: 'E4 is the sensor: reseat it.',
    });
    const postId = answer.json<{ post: { id: string } }>().post.id;
    const withAnswer = await conversationOfThread(threadId);
    expect(withAnswer?.messages.map((m) => m.direction)).toEqual(['in', 'community']);
    expect(withAnswer?.status).toBe('open');

    expect((await member.put(`/api/threads/${threadId}/accepted`, { postId })).status).toBe(200);
    const closed = await conversationOfThread(threadId);
    expect(closed).toMatchObject({ status: 'resolved', deflected: true });
  });

  it('does not open conversations for staff questions or discussions', async () => {
    const staffAsk = await agentA.post('/api/threads', {
      space: 'help',
      title: 'Internal test',
      body: 'Ignore me.',
    });
    const threadId = staffAsk.json<{ thread: { id: string } }>().thread.id;
    expect(await conversationOfThread(threadId)).toBeUndefined();
  });
});

describe('API channel: signed, replay-safe, idempotent', () => {
  let channelId = '';
  let secret = '';
  const send = (body: object, options: { sign?: string | false; at?: number } = {}) => {
    const raw = JSON.stringify(body);
    const t = Math.floor((options.at ?? clock.now().getTime()) / 1000);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.sign !== false)
      headers['hearth-signature'] = signatureHeaderValue(options.sign ?? secret, t, raw);
    return hearth
      .client()
      .request('POST', `/api/inbox/channels/${channelId}/messages`, { rawBody: raw, headers, csrf: false });
  };
  const message = (id: string) => ({
    conversationId: 'ticket-1',
    messageId: id,
    subject: 'Refund for double charge',
    text: 'I was charged twice for my order.',
    from: { name: 'Dana', address: 'dana@example.com' },
  });

  beforeAll(async () => {
    const created = await manager.post('/api/inbox/api-channels', { name: 'Shop' });
    expect(created.status, created.body).toBe(200);
    ({ id: channelId, secret } = created.json<{ id: string; secret: string }>());
    expect(secret).toMatch(/^whsec_/);
  });

  it('refuses unsigned and wrongly signed requests and stores nothing', async () => {
    expect((await send(message('m0'), { sign: false })).status).toBe(401);
    const forged = await send(message('m0'), { sign: 'whsec_wrong' });
    expect(forged.status).toBe(401);
    expect(forged.json<{ error: { code: string } }>().error.code).toBe('CHANNEL_SIGNATURE_INVALID');
    const old = await send(message('m0'), { at: clock.now().getTime() - 3600_000 });
    expect(old.status).toBe(401);
    const count = await hearth.ctx.database.sql.query<{ n: number }>(
      `select count(*)::int as n from inbox_messages where external_id like 'api:%'`,
    );
    expect(count.rows[0]?.n).toBe(0);
  });

  it('stores a signed message once, refuses a replay and ignores a second delivery', async () => {
    const raw = JSON.stringify(message('m1'));
    const header = signatureHeaderValue(secret, Math.floor(clock.now().getTime() / 1000), raw);
    const post = () =>
      hearth.client().request('POST', `/api/inbox/channels/${channelId}/messages`, {
        rawBody: raw,
        headers: { 'content-type': 'application/json', 'hearth-signature': header },
        csrf: false,
      });
    const first = await post();
    expect(first.status, first.body).toBe(202);
    expect(first.json()).toMatchObject({ created: true, duplicate: false });
    const replay = await post();
    expect(replay.status).toBe(409);
    expect(replay.json<{ error: { code: string } }>().error.code).toBe('CHANNEL_SIGNATURE_REPLAYED');
    clock.advance(1000);
    const again = await send(message('m1'));
    expect(again.status).toBe(202);
    expect(again.json()).toMatchObject({
      duplicate: true,
      conversationId: first.json<{ conversationId: string }>().conversationId,
    });
  });

  it('answers a bad body with the fields that are wrong', async () => {
    const bad = await send({ conversationId: 'x', from: {} });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('messageId');
  });
});

describe('routing, assignment, SLA warnings and breach, reply, CSAT', () => {
  let teamId = '';

  beforeAll(async () => {
    const team = await manager.post('/api/inbox/teams', {
      name: 'Billing',
      leadId: people.manager.id,
      assignment: 'round_robin',
      members: [{ userId: people.agentA.id }, { userId: people.agentB.id }],
    });
    expect(team.status, team.body).toBe(200);
    teamId = team.json<{ id: string }>().id;
    const policy = await manager.post('/api/inbox/sla-policies', {
      name: 'Complaints: 30 min',
      conditions: [{ field: 'tags', op: 'has', value: 'complaint' }],
      firstResponseMinutes: 30,
      nextResponseMinutes: 60,
      resolutionMinutes: 24 * 60,
      warnBeforeMinutes: [10, 5],
      businessHours: false,
      escalation: [{ afterMinutes: 0, action: 'raise_priority' }],
    });
    expect(policy.status, policy.body).toBe(200);
    // The rule names its policy: it wins over the default complaints policy a fresh install has.
    const rule = await manager.post('/api/inbox/rules', {
      name: 'Money goes to billing',
      conditions: [{ field: 'text', op: 'contains_any', value: ['refund', 'charged'] }],
      actions: { teamId, addTags: ['billing'], slaPolicyId: policy.json<{ id: string }>().id },
    });
    expect(rule.status, rule.body).toBe(200);
  });

  it('routes a complaint by rule, assigns round robin, warns, breaches once and escalates', async () => {
    const complaint = await member.post('/api/threads', {
      space: 'complaints',
      title: 'I was charged twice',
      body: 'Please refund the second charge.',
    });
    const threadId = complaint.json<{ thread: { id: string } }>().thread.id;
    const opened = await conversationOfThread(threadId);
    expect(opened?.team?.id).toBe(teamId);
    expect(opened?.tags.sort()).toEqual(['billing', 'complaint']);
    expect([people.agentA.id, people.agentB.id]).toContain(opened?.assignee?.id);
    expect(opened?.routeTrace.find((t) => t.name === 'Money goes to billing')).toMatchObject({
      matched: true,
    });
    expect(opened?.clocks.find((c) => c.metric === 'first_response')?.dueAt).toBe(
      new Date(clock.now().getTime() + 30 * 60_000).toISOString(),
    );

    clock.advance(21 * 60_000);
    await sweepSla(hearth.ctx);
    clock.advance(5 * 60_000);
    await sweepSla(hearth.ctx);
    await sweepSla(hearth.ctx);
    let detail = await conversationOfThread(threadId);
    expect(detail?.activity.filter((a) => a.kind === 'sla_warning').map((a) => a.data.beforeMinutes)).toEqual(
      [10, 5],
    );

    clock.advance(10 * 60_000);
    await sweepSla(hearth.ctx);
    await sweepSla(hearth.ctx);
    detail = await conversationOfThread(threadId);
    expect(detail?.activity.filter((a) => a.kind === 'sla_breach')).toHaveLength(1);
    expect(detail).toMatchObject({ breached: true, priority: 'high' });
    // The person we kept waiting: the miss is on their timeline and puts them at risk, saying why.
    const them = (await manager.get(`/api/members/${people.member.id}`)).json<{
      stage: string;
      stageReason: string;
    }>();
    expect(them.stage).toBe('at_risk');
    expect(them.stageReason).toContain('1 SLA miss on their conversations in 30 days');
    const misses = await manager.get(`/api/members/${people.member.id}/timeline?kinds=sla_miss`);
    expect(misses.json<{ items: { title: string }[] }>().items.map((item) => item.title)).toEqual([
      'We missed the promised first reply on "I was charged twice"',
    ]);
  });

  it('asks before sending over a colleague’s fresh reply, then records the reply', async () => {
    const created = await member.post('/api/threads', {
      space: 'complaints',
      title: 'Refund still missing',
      body: 'Where is my refund?',
    });
    const threadId = created.json<{ thread: { id: string } }>().thread.id;
    const opened = await conversationOfThread(threadId);
    const id = opened?.id ?? '';
    const seen = opened?.messages.at(-1)?.id ?? null;
    const first = await agentA.post(`/api/inbox/conversations/${id}/replies`, {
      markdown: 'On it!',
      lastSeenMessageId: seen,
      then: 'open',
    });
    expect(first.status, first.body).toBe(200);
    const clash = await agentB.post(`/api/inbox/conversations/${id}/replies`, {
      markdown: 'Looking now.',
      lastSeenMessageId: seen,
    });
    expect(clash.status).toBe(409);
    expect(clash.json<{ error: { code: string } }>().error.code).toBe('REPLY_COLLISION');
    const confirmed = await agentB.post(`/api/inbox/conversations/${id}/replies`, {
      markdown: 'Looking now.',
      lastSeenMessageId: seen,
      confirm: true,
    });
    expect(confirmed.status, confirmed.body).toBe(200);
    const detail = confirmed.json<Wrapped>().conversation;
    expect(detail.messages.map((m) => m.direction)).toEqual(['in', 'out', 'out']);
    expect(detail.status).toBe('pending');
    expect(detail.clocks.find((c) => c.metric === 'first_response')?.metAt).not.toBeNull();
    // The reply went into the forum thread as the agent's post.
    const page = (await member.get(`/api/threads/${threadId}`)).json<{
      posts: { bodyHtml?: string; html?: string }[];
    }>();
    expect(JSON.stringify(page)).toContain('On it!');
  });

  it('records scope changes, escalates with a reason, and takes a rating after resolution', async () => {
    const created = await member.post('/api/threads', {
      space: 'complaints',
      title: 'Wrong plan billed',
      body: 'I was charged for Pro.',
    });
    const opened = await conversationOfThread(created.json<{ thread: { id: string } }>().thread.id);
    const id = opened?.id ?? '';
    const scope = await agentA.post(`/api/inbox/conversations/${id}/scope-changes`, {
      what: 'Plan price',
      oldValue: '€12/month',
      newValue: '€8/month for 3 months',
      agreedBy: 'Manager on call',
    });
    expect(scope.status, scope.body).toBe(200);
    expect(scope.json<Wrapped>().conversation.scopeChanges).toMatchObject([
      { what: 'Plan price', agreedBy: 'Manager on call' },
    ]);
    const escalated = await agentA.post(`/api/inbox/conversations/${id}/escalations`, {
      userId: people.manager.id,
      reason: 'Needs a goodwill credit',
    });
    expect(escalated.status, escalated.body).toBe(200);
    expect(escalated.json<Wrapped>().conversation).toMatchObject({
      escalated: true,
      assignee: { id: people.manager.id },
    });
    const resolved = await manager.patch(`/api/inbox/conversations/${id}`, { status: 'resolved' });
    expect(resolved.status, resolved.body).toBe(200);
    const rows = await hearth.ctx.database.sql.query<{ token: string }>(
      'select token from inbox_csat where conversation_id = $1',
      [id],
    );
    const token = rows.rows[0]?.token ?? '';
    expect(token).not.toBe('');
    const notifications = (await member.get('/api/notifications')).json<{
      items: { kind: string; link: string | null }[];
    }>();
    expect(notifications.items.find((n) => n.kind === 'rating')?.link).toBe(`/rate/${token}`);
    const rated = await hearth
      .client()
      .post(`/api/ratings/${token}`, { rating: 4, comment: 'Quick and kind' }, { csrf: false });
    expect(rated.status, rated.body).toBe(200);
    expect((await hearth.client().post(`/api/ratings/${token}`, { rating: 1 }, { csrf: false })).status).toBe(
      409,
    );
    const detail = (await manager.get(`/api/inbox/conversations/${id}`)).json<Wrapped>().conversation;
    expect(detail.csat).toMatchObject({ rating: 4 });
  });
});

describe('who may work the inbox', () => {
  it('lets agents, managers and admins in, and keeps everyone else out', async () => {
    expect((await agentA.get('/api/inbox/conversations')).status).toBe(200);
    expect((await manager.get('/api/inbox/conversations')).status).toBe(200);
    expect((await admin.get('/api/inbox/conversations')).status).toBe(200);
    expect((await member.get('/api/inbox/conversations')).status).toBe(403);
    const moderator = hearth.client();
    await signedIn(hearth.ctx, moderator, 'moderator');
    expect((await moderator.get('/api/inbox/conversations')).status).toBe(403);
    expect((await hearth.client().get('/api/inbox/conversations')).status).toBe(401);
    expect((await agentA.post('/api/inbox/teams', { name: 'Nope' })).status).toBe(403);
    expect(
      (await agentA.post('/api/inbox/rules', { name: 'x', conditions: [], actions: { priority: 'high' } }))
        .status,
    ).toBe(403);
  });

  it('takes opening hours for some weekdays only, and names a bad time zone', async () => {
    const hours = {
      '1': [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ],
    };
    const team = await manager.post('/api/inbox/teams', {
      name: 'Mornings',
      calendar: { timezone: 'Europe/Berlin', weekly: hours, holidays: ['2026-12-25'] },
    });
    expect(team.status, team.body).toBe(200);
    expect(team.json<{ calendar: { weekly: object } }>().calendar.weekly).toEqual(hours);
    const bad = await manager.post('/api/inbox/teams', {
      name: 'Nowhere',
      calendar: { timezone: 'Mars/Olympus', weekly: hours },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('time zone');
  });

  it('refuses a rule that names a team that does not exist', async () => {
    const response = await manager.post('/api/inbox/rules', {
      name: 'Into nowhere',
      conditions: [],
      actions: { teamId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(response.status).toBe(422);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('RULE_REFERENCE_MISSING');
  });

  it('refuses a rule that assigns to a suspended agent', async () => {
    const gone = await createPersona(hearth.ctx, 'agent', { status: 'suspended' });
    const response = await manager.post('/api/inbox/rules', {
      name: 'To someone who left',
      conditions: [],
      actions: { assigneeId: gone.id },
    });
    expect([response.status, response.code]).toEqual([422, 'RULE_REFERENCE_MISSING']);
  });
});
