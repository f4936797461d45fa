import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { inboundSmtp, sweepSla } from '../../src/modules/inbox/index.ts';
import { signedIn, type Persona } from '../support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * One customer email from arrival to rating, through every real part: Hearth's SMTP listener, the
 * default email SLA (4 h), a routing rule and round-robin assignment, the sweep's warnings, a reply
 * sent by SMTP and threaded, resolution, the rating link by email, the rating, the report.
 */
const clock = fixedClock(new Date('2026-11-02T09:00:00Z'));
const minute = 60_000;
let sink: SmtpSink;
let hearth: TestHearth;
let manager: TestClient;
let agent: TestClient;
let agentPersona: Persona;

interface Detail {
  id: string;
  status: string;
  team: { name: string } | null;
  assignee: { id: string } | null;
  slaPolicy: { name: string } | null;
  clocks: { metric: string; dueAt: string | null; metAt: string | null }[];
  activity: { kind: string; data: Record<string, unknown> }[];
  csat: { rating: number | null } | null;
}

async function emailHearth(): Promise<void> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: inboundSmtp()?.port ?? 0,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    from: 'Alex Moreau <alex@example.org>',
    to: 'help@example.com',
    subject: 'Invoice shows the wrong plan',
    text: 'My invoice for November says Pro, but I am on Basic.',
    messageId: '<invoice-1@example.org>',
  });
  transport.close();
}

async function detail(id: string): Promise<Detail> {
  return (await agent.get(`/api/inbox/conversations/${id}`)).json<{ conversation: Detail }>().conversation;
}

beforeAll(async () => {
  sink = await startSmtpSink();
  hearth = await startTestHearth(
    { inboundSmtpPort: 0, smtpUrl: sink.url, inboundMailAddress: 'help@example.com' },
    { clock },
  );
  manager = hearth.client();
  agent = hearth.client();
  await signedIn(hearth.ctx, manager, 'manager');
  agentPersona = await signedIn(hearth.ctx, agent, 'agent');
  const team = await manager.post('/api/inbox/teams', {
    name: 'Billing',
    assignment: 'round_robin',
    members: [{ userId: agentPersona.id }],
  });
  const rule = await manager.post('/api/inbox/rules', {
    name: 'Invoices to billing',
    conditions: [{ field: 'text', op: 'contains_any', value: ['invoice', 'refund'] }],
    actions: { teamId: team.json<{ id: string }>().id },
  });
  expect(rule.status, rule.body).toBe(200);
});
afterAll(async () => {
  await hearth.dispose();
  await sink.close();
});

describe('email in → routed → assigned → warned → replied by SMTP → rated', () => {
  it('keeps the promise visible at every step', async () => {
    await emailHearth();
    const list = (await agent.get('/api/inbox/conversations?view=mine')).json<{ items: { id: string }[] }>();
    expect(list.items).toHaveLength(1);
    const id = list.items[0]?.id ?? '';
    const opened = await detail(id);
    expect(opened).toMatchObject({
      team: { name: 'Billing' },
      assignee: { id: agentPersona.id },
      slaPolicy: { name: 'Email: first response within 4 business hours' },
    });
    expect(opened.clocks.find((c) => c.metric === 'first_response')?.dueAt).toBe('2026-11-02T13:00:00.000Z');

    // 3 h 35 min later the 30-minute warning is due; the sweep sends it to the assignee, once.
    clock.advance(215 * minute);
    await sweepSla(hearth.ctx);
    await sweepSla(hearth.ctx);
    const warned = await detail(id);
    expect(warned.activity.filter((a) => a.kind === 'sla_warning').map((a) => a.data.beforeMinutes)).toEqual([
      30,
    ]);
    const bell = (await agent.get('/api/notifications')).json<{ items: { kind: string; title: string }[] }>();
    expect(bell.items.filter((n) => n.kind === 'sla_alert').map((n) => n.title)).toEqual([
      'First response due in 30 min: "Invoice shows the wrong plan"',
    ]);

    const reply = await agent.post(`/api/inbox/conversations/${id}/replies`, {
      markdown: 'Sorry about that: we corrected the invoice to **Basic**.',
      then: 'resolved',
    });
    expect(reply.status, reply.body).toBe(200);
    const sent = await sink.waitFor((mail) => mail.subject === 'Re: Invoice shows the wrong plan');
    expect(sent.inReplyTo).toBe('<invoice-1@example.org>');
    expect(sent.to && 'text' in sent.to ? sent.to.text : '').toContain('alex@example.org');
    const answered = await detail(id);
    expect(answered.status).toBe('resolved');
    expect(answered.clocks.find((c) => c.metric === 'first_response')?.metAt).toBe(
      '2026-11-02T12:35:00.000Z',
    );

    const ask = await sink.waitFor(
      (mail) => mail.subject === 'How did we do? Re: Invoice shows the wrong plan',
    );
    const link = /\/rate\/([A-Za-z0-9_-]+)/.exec(ask.text ?? '');
    expect(link).not.toBeNull();
    const visitor = hearth.client();
    const rated = await visitor.request('POST', `/api/ratings/${link?.[1]}`, {
      body: { rating: 5, comment: 'Fixed within the morning.' },
      csrf: false,
    });
    expect(rated.status, rated.body).toBe(200);
    expect((await detail(id)).csat?.rating).toBe(5);

    const report = (await manager.get('/api/inbox/reports?from=2026-11-02&to=2026-11-02')).json<{
      totals: { conversations: number; resolved: number; csatAverage: number; slaAttainment: number };
      firstResponse: { medianMinutes: number };
    }>();
    expect(report.totals).toMatchObject({ conversations: 1, resolved: 1, csatAverage: 5, slaAttainment: 1 });
    expect(report.firstResponse.medianMinutes).toBe(215);
  });
});
