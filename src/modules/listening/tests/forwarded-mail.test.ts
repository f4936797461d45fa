import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { inboundSmtp } from '../../inbox/index.ts';
import { unwrapForward } from '../forwarded-mail.ts';

let hearth: TestHearth;
let admin: TestClient;

async function send(to: string, text: string, subject: string, messageId?: string): Promise<void> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: inboundSmtp()?.port ?? 0,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({ from: 'Mia Manager <mia@lumo.example>', to, subject, text, messageId });
  transport.close();
}

beforeAll(async () => {
  hearth = await startTestHearth({ inboundSmtpPort: 0, inboundMailAddress: 'help@lumo.example' });
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
});
afterAll(() => hearth.dispose());

describe('email forwarded into listening', () => {
  it('turns a forwarded email into a mention by its original author, once', async () => {
    const created = await admin.post('/api/listening/sources', { kind: 'email', name: 'Forwarded by staff' });
    const source = created.json<{ id: string; address: string }>();
    expect(source.address).toMatch(/^listen\+[0-9a-f]{12}@lumo\.example$/);
    const body = [
      'FYI, see below.',
      '',
      '---------- Forwarded message ---------',
      'From: Jo Customer <jo@mail.example>',
      'Date: Fri, 20 Nov 2026 08:15:00 +0000',
      'Subject: Lumo One keeps rebooting',
      'To: sales@lumo.example',
      '',
      'My Lumo One keeps rebooting every night since the update. Very disappointed.',
    ].join('\n');
    await send(source.address, body, 'Fwd: Lumo One keeps rebooting', '<fwd-1@lumo.example>');
    // The mail server tries again (it did not hear our answer): still one mention.
    await send(source.address, body, 'Fwd: Lumo One keeps rebooting', '<fwd-1@lumo.example>');
    const items = await admin.get(`/api/listening/items?sourceId=${source.id}`);
    expect(items.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        title: 'Lumo One keeps rebooting',
        text: 'My Lumo One keeps rebooting every night since the update. Very disappointed.',
        platform: 'email',
        publishedAt: '2026-11-20T08:15:00.000Z',
        author: expect.objectContaining({ name: 'Jo Customer' }),
        sentimentLabel: 'negative',
      }),
    ]);
  });

  it('keeps mail for an unknown listening address raw for admins instead of losing it', async () => {
    await send('listen+000000000000@lumo.example', 'Hello', 'Lost?');
    const raw = await admin.get('/api/inbox/raw-mail');
    expect(raw.body).toContain('no source listens at listen+000000000000@lumo.example');
  });

  it('reads the common forward markers', () => {
    expect(unwrapForward('Begin forwarded message:\n\nFrom: A <a@b.c>\nSubject: Hi\n\nText')).toMatchObject({
      from: { name: 'A', email: 'a@b.c' },
      subject: 'Hi',
      body: 'Text',
    });
    expect(unwrapForward('No forward here')).toBeNull();
  });
});
