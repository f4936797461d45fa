import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { ingestMessage } from '../use-cases/ingest-message.ts';
import { alertCoverageGaps } from '../use-cases/rota.ts';

// Monday 2 November 2026, 08:00 UTC.
const clock = fixedClock(new Date('2026-11-02T08:00:00Z'));
let hearth: TestHearth;
let manager: TestClient;
let agentA: TestClient;
let agentB: TestClient;
let member: TestClient;
let people: Record<'manager' | 'agentA' | 'agentB', Persona>;
let teamId = '';
let counter = 0;

async function inbound(text: string, subject = 'Help'): Promise<string> {
  counter += 1;
  const result = await hearth.ctx.database.transaction((tx) =>
    ingestMessage(tx, hearth.ctx, {
      channel: 'api',
      conversationRef: `ws-${counter}`,
      externalId: `api:ws-${counter}`,
      subject,
      text,
      html: `<p>${text}</p>`,
      from: { memberId: null, name: 'Sam', address: 'sam@example.com' },
      at: clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  return result.conversationId ?? '';
}

const assigneeOf = async (id: string) =>
  (await agentA.get(`/api/inbox/conversations/${id}`)).json<{
    conversation: { assignee: { id: string } | null };
  }>().conversation.assignee?.id ?? null;

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  [manager, agentA, agentB, member] = [hearth.client(), hearth.client(), hearth.client(), hearth.client()];
  people = {
    manager: await signedIn(hearth.ctx, manager, 'manager'),
    agentA: await signedIn(hearth.ctx, agentA, 'agent'),
    agentB: await signedIn(hearth.ctx, agentB, 'agent'),
  };
  await signedIn(hearth.ctx, member, 'member');
  const team = await manager.post('/api/inbox/teams', {
    name: 'Support',
    leadId: people.manager.id,
    assignment: 'round_robin',
    members: [{ userId: people.agentA.id }, { userId: people.agentB.id }],
  });
  teamId = team.json<{ id: string }>().id;
  await manager.post('/api/inbox/rules', { name: 'All', conditions: [], actions: { teamId } });
});
afterAll(() => hearth.dispose());

describe('a fresh install', () => {
  it('promises complaints in 30 min, community and social in 60, email in 4 business hours', async () => {
    const policies = (await manager.get('/api/inbox/sla-policies')).json<{
      items: { name: string; firstResponseMinutes: number; businessHours: boolean; conditions: unknown[] }[];
    }>().items;
    expect(policies.map((p) => [p.firstResponseMinutes, p.conditions])).toEqual([
      [30, [{ field: 'intent', op: 'is', value: 'complaint' }]],
      [60, [{ field: 'channel', op: 'any_of', value: ['forum', 'social', 'listening'] }]],
      [240, [{ field: 'channel', op: 'is', value: 'email' }]],
    ]);
    expect(policies.every((p) => p.businessHours)).toBe(true);
  });
});

describe('saved views', () => {
  it('keeps each agent’s own named filters and checks them', async () => {
    const saved = await agentA.post('/api/inbox/views', {
      name: 'Urgent email',
      filters: { view: 'unassigned', channel: 'email', priority: 'urgent' },
    });
    expect(saved.status, saved.body).toBe(201);
    const view = saved.json<{ view: { id: string; filters: Record<string, string> } }>().view;
    expect(view.filters).toEqual({ view: 'unassigned', channel: 'email', priority: 'urgent' });
    expect((await agentA.get('/api/inbox/views')).json<{ views: unknown[] }>().views).toHaveLength(1);
    expect((await agentB.get('/api/inbox/views')).json<{ views: unknown[] }>().views).toHaveLength(0);
    // Someone else's view answers as if it did not exist.
    expect((await agentB.delete(`/api/inbox/views/${view.id}`)).status).toBe(404);
    const bad = await agentA.post('/api/inbox/views', { name: 'x', filters: { priority: 'whenever' } });
    expect(bad.status).toBe(400);
    const unknownKey = await agentA.post('/api/inbox/views', { name: 'x', filters: { cursor: 'abc' } });
    expect(unknownKey.status).toBe(400);
    expect((await member.get('/api/inbox/views')).status).toBe(403);
    expect((await agentA.delete(`/api/inbox/views/${view.id}`)).status).toBe(204);
    expect((await agentA.get('/api/inbox/views')).json<{ views: unknown[] }>().views).toHaveLength(0);
  });
});

describe('availability and the rota', () => {
  it('gives an away agent no new conversations', async () => {
    const away = await agentB.put('/api/inbox/me/availability', { available: false });
    expect(away.status, away.body).toBe(200);
    expect(away.json()).toMatchObject({
      available: false,
      onDuty: true,
      teams: [{ id: teamId, name: 'Support' }],
    });
    const first = await inbound('Where is my parcel?');
    const second = await inbound('Where is my other parcel?');
    expect(await assigneeOf(first)).toBe(people.agentA.id);
    expect(await assigneeOf(second)).toBe(people.agentA.id);
    await agentB.put('/api/inbox/me/availability', { available: true });
  });

  it('assigns only to people on shift once a team keeps a rota, and finds its holes', async () => {
    // Opening hours 09:00–17:00 on weekdays; agent A covers Monday 09–13, agent B Monday 14–17.
    const weekday = [{ start: '09:00', end: '17:00' }];
    await manager.patch(`/api/inbox/teams/${teamId}`, {
      calendar: { timezone: 'UTC', weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday } },
    });
    for (const [userId, startsAt, endsAt] of [
      [people.agentA.id, '2026-11-02T09:00:00Z', '2026-11-02T13:00:00Z'],
      [people.agentB.id, '2026-11-02T14:00:00Z', '2026-11-02T17:00:00Z'],
    ]) {
      const shift = await manager.post('/api/inbox/shifts', { teamId, userId, startsAt, endsAt });
      expect(shift.status, shift.body).toBe(201);
    }
    clock.set(new Date('2026-11-02T14:30:00Z'));
    expect(await assigneeOf(await inbound('Afternoon question'))).toBe(people.agentB.id);
    expect((await agentA.get('/api/inbox/me')).json()).toMatchObject({ onDuty: false });
    const listed = await agentA.get('/api/inbox/shifts?from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z');
    expect(listed.json<{ shifts: { user: { id: string } }[] }>().shifts.map((s) => s.user.id)).toEqual([
      people.agentA.id,
      people.agentB.id,
    ]);
    clock.set(new Date('2026-11-02T08:00:00Z'));
    const coverage = await agentA.get(`/api/inbox/coverage?days=1&teamId=${teamId}`);
    const gaps = coverage.json<{ gaps: { startsAt: string; endsAt: string }[] }>().gaps;
    expect(gaps[0]).toMatchObject({
      startsAt: '2026-11-02T13:00:00.000Z',
      endsAt: '2026-11-02T14:00:00.000Z',
    });
  });

  it('warns the team lead of each hole once', async () => {
    clock.set(new Date('2026-11-02T08:00:00Z'));
    const first = await alertCoverageGaps(hearth.ctx);
    expect(first).toBeGreaterThan(0);
    expect(await alertCoverageGaps(hearth.ctx)).toBe(0);
    const notes = (await manager.get('/api/notifications')).json<{
      items: { kind: string; title: string }[];
    }>();
    const titles = notes.items.map((item) => item.title);
    expect(titles).toContain('Nobody on duty for Support: Mon 2 Nov 13:00–14:00');
    expect(titles.filter((title) => title.endsWith('Mon 2 Nov 13:00–14:00'))).toHaveLength(1);
  });

  it('refuses shifts that make no sense or are for someone outside the team', async () => {
    const backwards = await manager.post('/api/inbox/shifts', {
      teamId,
      userId: people.agentA.id,
      startsAt: '2026-11-03T12:00:00Z',
      endsAt: '2026-11-03T09:00:00Z',
    });
    expect(backwards.status).toBe(400);
    const outsider = await manager.post('/api/inbox/shifts', {
      teamId,
      userId: people.manager.id,
      startsAt: '2026-11-03T09:00:00Z',
      endsAt: '2026-11-03T12:00:00Z',
    });
    expect(outsider.json<{ error: { code: string } }>().error.code).toBe('SHIFT_NOT_TEAM_MEMBER');
    const byAgent = await agentA.post('/api/inbox/shifts', {
      teamId,
      userId: people.agentA.id,
      startsAt: '2026-11-03T09:00:00Z',
      endsAt: '2026-11-03T12:00:00Z',
    });
    expect(byAgent.status).toBe(403);
  });
});

describe('learned router training', () => {
  it('needs history, then learns text → team and suggests it on new conversations', async () => {
    expect((await agentA.post('/api/inbox/router/train')).status).toBe(403);
    const early = await manager.post('/api/inbox/router/train');
    expect(early.json<{ error: { code: string } }>().error.code).toBe('ROUTER_TOO_FEW_EXAMPLES');
    const billing = await manager.post('/api/inbox/teams', { name: 'Billing' });
    const billingId = billing.json<{ id: string }>().id;
    // Past decisions: money questions went to Billing (moved there by an agent), the rest to Support.
    for (let i = 0; i < 15; i += 1) {
      const money = await inbound(`I was charged twice, please refund invoice ${i}`, 'Refund');
      await manager.patch(`/api/inbox/conversations/${money}`, { teamId: billingId });
      await inbound(`The app will not sync my thermostat schedule ${i}`, 'Sync');
    }
    const trained = await manager.post('/api/inbox/router/train');
    expect(trained.status, trained.body).toBe(200);
    expect(trained.json()).toMatchObject({ labels: 2, examples: expect.any(Number) });
    const status = (await manager.get('/api/inbox/router')).json<{
      model: { labels: number };
      mode: string;
    }>();
    expect(status).toMatchObject({ model: { labels: 2 }, mode: 'suggest' });
    await manager.delete(`/api/inbox/rules/${await firstRuleId()}`);
    const fresh = await inbound('Please refund the double charge on my invoice', 'Refund please');
    const detail = (await manager.get(`/api/inbox/conversations/${fresh}`)).json<{
      conversation: { suggestedTeam: { id: string } | null };
    }>();
    expect(detail.conversation.suggestedTeam?.id).toBe(billingId);
  });
});

async function firstRuleId(): Promise<string> {
  const rules = (await manager.get('/api/inbox/rules')).json<{ items: { id: string }[] }>();
  return rules.items[0]?.id ?? '';
}

describe('settings helpers for the admin pages', () => {
  it('lists the people who can work the inbox and the channels, to those who work it', async () => {
    const agents = (await manager.get('/api/inbox/agents')).json<{
      items: { id: string; role: string; available: boolean }[];
    }>();
    expect(agents.items.map((a) => a.id)).toEqual(
      expect.arrayContaining([people.agentA.id, people.manager.id]),
    );
    expect(agents.items.every((a) => ['admin', 'manager', 'agent'].includes(a.role))).toBe(true);
    expect(agents.items.every((a) => typeof a.available === 'boolean')).toBe(true);
    expect((await member.get('/api/inbox/agents')).status).toBe(403);
    const channels = (await agentA.get('/api/inbox/channels')).json<{ items: { kind: string }[] }>();
    expect(channels.items.map((c) => c.kind).sort()).toEqual(['api', 'email', 'forum', 'listening', 'phone']);
  });

  it('reorders SLA policies, naming each exactly once', async () => {
    const before = (await manager.get('/api/inbox/sla-policies')).json<{ items: { id: string }[] }>().items;
    const reversed = before.map((p) => p.id).reverse();
    const after = await manager.put('/api/inbox/sla-policies-order', { ids: reversed });
    expect(after.status, after.body).toBe(200);
    expect(after.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual(reversed);
    const partial = await manager.put('/api/inbox/sla-policies-order', { ids: reversed.slice(1) });
    expect(partial.status).toBe(404);
    await manager.put('/api/inbox/sla-policies-order', { ids: before.map((p) => p.id) });
  });

  it('reads "until 24:00" as until midnight', async () => {
    const saved = await manager.patch('/api/inbox/settings', {
      calendar: { timezone: 'UTC', weekly: { 6: [{ start: '18:00', end: '24:00' }] } },
    });
    expect(saved.status, saved.body).toBe(200);
    expect(saved.json<{ calendar: { weekly: Record<string, unknown> } }>().calendar.weekly['6']).toEqual([
      { start: '18:00', end: '00:00' },
    ]);
    expect((await manager.patch('/api/inbox/settings', { calendar: null })).status).toBe(200);
    const badStart = await manager.patch('/api/inbox/settings', {
      calendar: { timezone: 'UTC', weekly: { 6: [{ start: '24:00', end: '24:00' }] } },
    });
    expect(badStart.status).toBe(400);
  });
});

describe('what an agent sees', () => {
  it('answers a change made on a stale copy with CONVERSATION_CHANGED', async () => {
    const id = await inbound('Stale copy question');
    const { version } = (await agentA.get(`/api/inbox/conversations/${id}`)).json<{
      conversation: { version: number };
    }>().conversation;
    expect((await agentB.patch(`/api/inbox/conversations/${id}`, { priority: 'high', version })).status).toBe(
      200,
    );
    const stale = await agentA.patch(`/api/inbox/conversations/${id}`, { priority: 'low', version });
    expect([stale.status, stale.code]).toEqual([409, 'CONVERSATION_CHANGED']);
  });

  it('does not count a private escalation for an agent outside it', async () => {
    const outsider = hearth.client();
    await signedIn(hearth.ctx, outsider, 'agent');
    const open = async () =>
      (await outsider.get('/api/inbox/conversations')).json<{ counts: { open: number } }>().counts.open;
    const before = await open();
    const id = await inbound('Legal threat about a refund');
    await agentA.patch(`/api/inbox/conversations/${id}`, { status: 'open' });
    expect(await open()).toBe(before + 1);
    const escalated = await agentA.post(`/api/inbox/conversations/${id}/escalations`, {
      userId: people.manager.id,
      reason: 'Legal wording',
      private: true,
    });
    expect(escalated.status, escalated.body).toBe(200);
    expect(await open()).toBe(before);
  });
});
