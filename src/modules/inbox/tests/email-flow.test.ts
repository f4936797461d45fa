import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.ts';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { inboundSmtp } from '../index.ts';

let sink: SmtpSink;
let hearth: TestHearth;
let agent: TestClient;

interface Detail {
  id: string;
  subject: string;
  contact: { address: string | null };
  messages: { direction: string; html: string; automated: boolean }[];
  status: string;
}

async function sendToHearth(message: SendMailOptions | { raw: string }): Promise<void> {
  const port = inboundSmtp()?.port ?? 0;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  await transport.sendMail({ envelope: { from: 'x@example.com', to: 'help@example.com' }, ...message });
  transport.close();
}

async function conversations(): Promise<Detail[]> {
  const list = (await agent.get('/api/inbox/conversations?channel=email')).json<{
    items: { id: string }[];
  }>();
  return Promise.all(
    list.items.map(
      async (item) =>
        (await agent.get(`/api/inbox/conversations/${item.id}`)).json<{ conversation: Detail }>()
          .conversation,
    ),
  );
}

beforeAll(async () => {
  sink = await startSmtpSink();
  hearth = await startTestHearth({
    inboundSmtpPort: 0,
    smtpUrl: sink.url,
    inboundMailAddress: 'help@example.com',
  });
  agent = hearth.client();
  await signedIn(hearth.ctx, agent, 'agent');
});
afterAll(async () => {
  await hearth.dispose();
  await sink.close();
});

describe('email in, reply out by SMTP, the answer threads back', () => {
  it('opens a conversation from an email and threads the reply and the answer', async () => {
    await sendToHearth({
      from: 'Robin Vale <robin@example.org>',
      to: 'help@example.com',
      subject: 'Heating schedule resets',
      text: 'Every night my schedule resets to defaults.',
      messageId: '<first-1@example.org>',
    });
    const [opened] = await conversations();
    expect(opened).toMatchObject({
      subject: 'Heating schedule resets',
      contact: { address: 'robin@example.org' },
    });
    const id = opened?.id ?? '';

    const reply = await agent.post(`/api/inbox/conversations/${id}/replies`, {
      markdown: 'Which firmware do you run?',
    });
    expect(reply.status, reply.body).toBe(200);
    const sent = await sink.waitFor((mail) => mail.subject === 'Re: Heating schedule resets');
    expect(sent.inReplyTo).toBe('<first-1@example.org>');
    expect(sent.replyTo?.text).toContain('help@example.com');
    expect(sent.text).toContain('Which firmware do you run?');

    await sendToHearth({
      from: 'robin@example.org',
      to: 'help@example.com',
      subject: 'Re: Heating schedule resets',
      text: 'Version 4.2.',
      messageId: '<answer-2@example.org>',
      inReplyTo: sent.messageId ?? '',
      references: [sent.messageId ?? ''],
    });
    const after = await conversations();
    expect(after).toHaveLength(1);
    expect(after[0]?.messages.map((m) => m.direction)).toEqual(['in', 'out', 'in']);
    expect(after[0]?.status).toBe('open');
  });

  it('stores a second delivery of the same message once and marks auto-replies as automated', async () => {
    const mail = {
      from: 'sam@example.org',
      to: 'help@example.com',
      subject: 'Out of office',
      text: 'Away.',
      messageId: '<ooo-1@example.org>',
      headers: { 'Auto-Submitted': 'auto-replied' },
    };
    await sendToHearth(mail);
    await sendToHearth(mail);
    const ooo = (await conversations()).filter((c) => c.subject === 'Out of office');
    expect(ooo).toHaveLength(1);
    expect(ooo[0]?.messages).toHaveLength(1);
    expect(ooo[0]?.messages[0]?.automated).toBe(true);
  });

  it('keeps mail without a sender raw for admins instead of losing it', async () => {
    await sendToHearth({ raw: 'Subject: nobody\r\n\r\nno from header here\r\n' });
    const admin = hearth.client();
    await signedIn(hearth.ctx, admin, 'admin');
    const kept = (await admin.get('/api/inbox/raw-mail')).json<{ items: { error: string; raw: string }[] }>();
    expect(kept.items.map((item) => item.error)).toEqual(['no sender address (From:)']);
    expect(kept.items[0]?.raw).toContain('no from header here');
    expect((await agent.get('/api/inbox/raw-mail')).status).toBe(403);
  });
});
