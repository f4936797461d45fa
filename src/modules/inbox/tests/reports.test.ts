import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import type { InboxReport } from '../report-schemas.ts';
import { ingestMessage } from '../use-cases/ingest-message.ts';
import { sweepSla } from '../use-cases/sweep-sla.ts';

// Monday 2 November 2026, 09:00 UTC; the inbox is open 09:00–17:00 on weekdays.
const monday = new Date('2026-11-02T09:00:00Z');
const clock = fixedClock(monday);
let hearth: TestHearth;
let manager: TestClient;
let agent: TestClient;
let plainAgent: TestClient;
let agentPersona: Persona;

const at = (iso: string) => clock.set(new Date(iso));

async function memberWrites(
  ref: string,
  text: string,
  options: { automated?: boolean; channel?: string } = {},
) {
  const result = await hearth.ctx.database.transaction((tx) =>
    ingestMessage(tx, hearth.ctx, {
      channel: options.channel ?? 'api',
      conversationRef: ref,
      externalId: `api:${ref}:${clock.now().toISOString()}`,
      subject: `About ${ref}`,
      text,
      html: `<p>${text}</p>`,
      from: { memberId: null, name: 'Robin', address: `${ref}@example.com` },
      at: clock.now(),
      direction: 'in',
      automated: options.automated ?? false,
      opens: true,
    }),
  );
  if (!result.conversationId) throw new Error('no conversation');
  return result.conversationId;
}

async function agentReplies(id: string, then: 'pending' | 'resolved' = 'pending') {
  const response = await agent.post(`/api/inbox/conversations/${id}/replies`, {
    markdown: 'Thanks, looking into it.',
    confirm: true,
    then,
  });
  expect(response.status, response.body).toBe(200);
}

async function resolve(id: string) {
  const response = await agent.patch(`/api/inbox/conversations/${id}`, { status: 'resolved' });
  expect(response.status, response.body).toBe(200);
}

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  manager = hearth.client();
  agent = hearth.client();
  plainAgent = hearth.client();
  const lead = await signedIn(hearth.ctx, manager, 'manager');
  agentPersona = await signedIn(hearth.ctx, agent, 'agent');
  await signedIn(hearth.ctx, plainAgent, 'agent');
  const weekday = [{ start: '09:00', end: '17:00' }];
  const settings = await manager.patch('/api/inbox/settings', {
    calendar: { timezone: 'UTC', weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday } },
  });
  expect(settings.status, settings.body).toBe(200);
  const team = await manager.post('/api/inbox/teams', {
    name: 'Support',
    leadId: lead.id,
    assignment: 'round_robin',
    members: [{ userId: agentPersona.id }],
  });
  expect(team.status, team.body).toBe(200);
  const rule = await manager.post('/api/inbox/rules', {
    name: 'Everything to support',
    conditions: [],
    actions: { teamId: team.json<{ id: string }>().id },
  });
  expect(rule.status, rule.body).toBe(200);

  // Answered in 30 business minutes, resolved after 60, rated 4.
  const quick = await memberWrites('quick', 'My order has not arrived.');
  at('2026-11-02T09:30:00Z');
  await agentReplies(quick);
  at('2026-11-02T10:00:00Z');
  await resolve(quick);
  // Answered, resolved, then the member writes again: reopened, so not resolved in the report.
  const reopened = await memberWrites('reopened', 'The app crashes on start.');
  at('2026-11-02T10:10:00Z');
  await agentReplies(reopened, 'resolved');
  at('2026-11-02T11:00:00Z');
  await memberWrites('reopened', 'It crashes again.');
  // Written half an hour before closing, answered half an hour after opening: 60 business minutes.
  at('2026-11-02T16:30:00Z');
  const overnight = await memberWrites('overnight', 'Can I change my plan?');
  at('2026-11-03T09:30:00Z');
  await agentReplies(overnight);
  // An auto-reply that opened a conversation on its own: no person wrote, so not counted.
  await memberWrites('robot', 'I am out of the office until Monday.', { automated: true });
  const token = await hearth.ctx.database.sql.query<{ token: string }>(
    `select token from inbox_csat where conversation_id = $1`,
    [quick],
  );
  const rated = await hearth.client().request('POST', `/api/ratings/${token.rows[0]?.token}`, {
    body: { rating: 4, comment: 'Quick and kind' },
    csrf: false,
  });
  expect(rated.status, rated.body).toBe(200);
});
afterAll(() => hearth.dispose());

describe('inbox report', () => {
  it('measures response times in business hours and counts a reopened conversation as open', async () => {
    const response = await manager.get('/api/inbox/reports?from=2026-11-02&to=2026-11-03');
    expect(response.status, response.body).toBe(200);
    const report = response.json<InboxReport>();
    expect(report.range).toEqual({ from: '2026-11-02', to: '2026-11-03', timezone: 'UTC' });
    expect(report.totals).toMatchObject({ conversations: 3, resolved: 1, reopened: 1, csatResponses: 1 });
    expect(report.totals.csatAverage).toBe(4);
    // 10, 30 and 60 business minutes (the overnight one is 17 h on the wall clock).
    expect(report.firstResponse.count).toBe(3);
    expect(report.firstResponse.medianMinutes).toBe(30);
    expect(report.firstResponse.p90Minutes).toBe(54);
    expect(report.resolution).toMatchObject({ count: 1, medianMinutes: 60 });
    expect(report.firstResponse.buckets.find((b) => b.upToMinutes === 15)?.count).toBe(1);
    expect(report.volumeByHour.find((h) => h.hour === 16)?.count).toBe(1);
    expect(report.volumeByChannel).toEqual([{ channel: 'api', label: expect.any(String), count: 3 }]);
    const row = report.perAgent.find((r) => r.id === agentPersona.id);
    expect(row).toMatchObject({ conversations: 3, resolved: 1, firstResponseMedian: 30, csatAverage: 4 });
    expect(report.perTeam.map((r) => r.name)).toEqual(['Support']);
    // Open at the end of Monday: "reopened" and "overnight"; on Tuesday the robot's joins them.
    expect(report.backlog).toEqual([
      { date: '2026-11-02', open: 2 },
      { date: '2026-11-03', open: 3 },
    ]);
  });

  it('exports the same numbers as CSV', async () => {
    const json = (await manager.get('/api/inbox/reports?from=2026-11-02&to=2026-11-03')).json<InboxReport>();
    const csv = await manager.get('/api/inbox/reports.csv?from=2026-11-02&to=2026-11-03');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('inbox-report-2026-11-02-2026-11-03.csv');
    const lines = csv.body.split('\r\n');
    const firstResponse = lines.find((line) => line.startsWith('first_response,'));
    expect(firstResponse?.split(',').slice(1, 4)).toEqual([
      String(json.firstResponse.count),
      String(json.firstResponse.medianMinutes),
      String(json.firstResponse.p90Minutes),
    ]);
    const agentLine = lines.find((line) => line.startsWith(`${json.perAgent[0]?.name},`));
    expect(agentLine?.split(',')[1]).toBe(String(json.perAgent[0]?.conversations));
  });

  it('filters by team and channel, and answers bad ranges and agents clearly', async () => {
    const email = (
      await manager.get('/api/inbox/reports?from=2026-11-02&to=2026-11-03&channel=email')
    ).json<InboxReport>();
    expect(email.totals.conversations).toBe(0);
    expect(email.firstResponse.medianMinutes).toBeNull();
    const backwards = await manager.get('/api/inbox/reports?from=2026-11-05&to=2026-11-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body).toContain('from is on or before to');
    const tooLong = await manager.get('/api/inbox/reports?from=2026-01-01&to=2026-11-01');
    expect(tooLong.status).toBe(400);
    expect((await plainAgent.get('/api/inbox/reports')).status).toBe(403);
    expect((await plainAgent.get('/api/inbox/reports.csv')).status).toBe(403);
  });
});

describe('SLA in the report', () => {
  it('counts a breach once and takes it out of the attainment', async () => {
    // Wednesday: an email waits five business hours, one more than the default email policy allows.
    at('2026-11-04T09:00:00Z');
    await memberWrites('late', 'Where is my invoice?', { channel: 'email' });
    for (const time of ['2026-11-04T12:30:00Z', '2026-11-04T13:00:00Z', '2026-11-04T14:00:00Z']) {
      at(time);
      await sweepSla(hearth.ctx);
    }
    const report = (
      await manager.get('/api/inbox/reports?from=2026-11-04&to=2026-11-04')
    ).json<InboxReport>();
    expect(report.totals).toMatchObject({ conversations: 1, breaches: 1, slaAttainment: 0 });
    expect(report.perTeam[0]).toMatchObject({ breaches: 1, slaAttainment: 0 });
  });
});
