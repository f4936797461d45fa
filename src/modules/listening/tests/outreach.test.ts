import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.ts';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { inboundSmtp } from '../../inbox/index.ts';

let sink: SmtpSink;
let hearth: TestHearth;
let agent: TestClient;
let memberClient: TestClient;
let member: Persona;

interface Waiting {
  authorKey: string;
  item: { id: string; text: string };
  mentions: number;
  ways: string[];
}
interface Outreach {
  id: string;
  via: string;
  status: string;
  threadId: string | null;
  item: { text: string } | null;
}

const page = async (status: string) =>
  (await agent.get(`/api/listening/outreach?status=${status}`)).json<{
    waiting: Waiting[];
    outreach: Outreach[];
  }>();

beforeAll(async () => {
  sink = await startSmtpSink();
  hearth = await startTestHearth({
    inboundSmtpPort: 0,
    smtpUrl: sink.url,
    inboundMailAddress: 'help@lumo.example',
  });
  const manager = hearth.client();
  [agent, memberClient] = [hearth.client(), hearth.client()];
  await signedIn(hearth.ctx, manager, 'manager');
  await signedIn(hearth.ctx, agent, 'agent', { name: 'Aron Agent' });
  member = await signedIn(hearth.ctx, memberClient, 'member', { name: 'Mo Member' });
  const rule = await manager.post('/api/listening/rules', {
    name: 'Lumo',
    category: 'brand',
    query: 'lumo',
    inbox: 'never',
  });
  expect(rule.status, rule.body).toBe(200);
  await hearth.ctx.jobs.drain();
  const csv = [
    'text,author,handle,email,platform,date',
    '"My Lumo One died after a week, terrible",Jo Reviewer,,jo@mail.example,reviews,2026-11-20 08:00:00',
    '"Lumo app crashes every time, awful",,sam_t,,twitter,2026-11-20 09:00:00',
    `"Lumo support never answered me, worst experience",Mo Member,,${member.email},forum,2026-11-20 10:00:00`,
    '"Love my Lumo One, great display",Pat,,pat@mail.example,reviews,2026-11-20 11:00:00',
    '"The weather is terrible today",Kim,,kim@mail.example,reviews,2026-11-20 12:00:00',
  ].join('\n');
  const imported = await manager.request('POST', '/api/listening/imports?source=Reviews', {
    rawBody: csv,
    headers: { 'content-type': 'text/csv' },
  });
  expect(imported.json()).toMatchObject({ stored: 5 });
});
afterAll(async () => {
  await hearth.dispose();
  await sink.close();
});

describe('outreach', () => {
  it('queues the people who mentioned a problem, with the ways to reach each', async () => {
    const waiting = (await page('waiting')).waiting;
    expect(waiting.map((person) => [person.authorKey, person.ways])).toEqual([
      [`email:${member.email}`, ['email', 'dm', 'platform']],
      ['twitter:sam_t', ['platform']],
      ['email:jo@mail.example', ['email', 'platform']],
    ]);
    expect((await memberClient.get('/api/listening/outreach')).status).toBe(403);
  });

  it('emails Jo through the inbox and sees the answer come back', async () => {
    const jo = (await page('waiting')).waiting.find((person) => person.authorKey === 'email:jo@mail.example');
    const sent = await agent.post('/api/listening/outreach', {
      itemId: jo?.item.id,
      via: 'email',
      message: 'Sorry to hear that, Jo. We will replace it: which address should we send it to?',
    });
    expect(sent.status, sent.body).toBe(201);
    await hearth.ctx.jobs.drain();
    const mail = await sink.waitFor(
      (message) => message.to !== undefined && JSON.stringify(message.to).includes('jo@mail.example'),
    );
    expect(mail.text).toContain('We will replace it');
    expect((await page('contacted')).outreach.map((row) => row.via)).toEqual(['email']);
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: inboundSmtp()?.port ?? 0,
      secure: false,
      ignoreTLS: true,
    });
    await transport.sendMail({
      from: 'jo@mail.example',
      to: 'help@lumo.example',
      subject: `Re: ${mail.subject ?? ''}`,
      text: 'Thanks! Send it to my home address please.',
      inReplyTo: mail.messageId ?? '',
      references: [mail.messageId ?? ''],
    });
    transport.close();
    expect((await page('answered')).outreach.map((row) => row.item?.text)).toEqual([
      'My Lumo One died after a week, terrible',
    ]);
    const again = await agent.post('/api/listening/outreach', {
      itemId: jo?.item.id,
      via: 'email',
      message: 'Hi again',
    });
    expect(again.json<{ error: { code: string } }>().error.code).toBe('OUTREACH_ALREADY');
  });

  it('writes to a member directly, and to others on their platform, tracked until answered', async () => {
    const waiting = (await page('waiting')).waiting;
    const mo = waiting.find((person) => person.authorKey === `email:${member.email}`);
    const sam = waiting.find((person) => person.authorKey === 'twitter:sam_t');
    const byEmail = await agent.post('/api/listening/outreach', {
      itemId: sam?.item.id,
      via: 'email',
      message: 'x',
    });
    expect(byEmail.json<{ error: { code: string } }>().error.code).toBe('OUTREACH_NO_ROUTE');
    const dm = await agent.post('/api/listening/outreach', {
      itemId: mo?.item.id,
      via: 'dm',
      message: 'Hi Mo, I am sorry nobody answered. What did you ask about?',
    });
    expect(dm.status, dm.body).toBe(201);
    const platform = await agent.post('/api/listening/outreach', {
      itemId: sam?.item.id,
      via: 'platform',
      message: 'Replied on Twitter asking for the app version.',
    });
    expect(platform.status).toBe(201);
    expect((await page('waiting')).waiting).toEqual([]);
    const contacted = (await page('contacted')).outreach;
    expect(contacted.map((row) => row.via).sort()).toEqual(['dm', 'platform']);
    const threadId = contacted.find((row) => row.via === 'dm')?.threadId;
    const answer = await memberClient.post(`/api/threads/${threadId}/replies`, {
      body: 'It was about my invoice.',
    });
    expect(answer.status, answer.body).toBe(201);
    await agent.post(`/api/listening/outreach/${platform.json<{ id: string }>().id}/answered`, {});
    expect((await page('contacted')).outreach).toEqual([]);
    expect((await page('answered')).outreach.map((row) => row.via).sort()).toEqual([
      'dm',
      'email',
      'platform',
    ]);
  });
});
