import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona } from '../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url, publicUrl: 'http://community.test' });
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

function resetToken(text: string | undefined): string {
  const match = /http:\/\/community\.test\/reset-password\?token=([\w-]+)/.exec(text ?? '');
  if (!match?.[1]) throw new Error(`no reset link in: ${text}`);
  return match[1];
}

describe('password reset by email', () => {
  it('works end to end through a real SMTP server and signs out every device', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const laptop = hearth.client();
    expect((await laptop.signIn(member.email, member.password)).status).toBe(200);

    expect(
      (await hearth.client().post('/api/auth/password-reset', { email: member.email.toUpperCase() })).status,
    ).toBe(202);
    const mail = await smtp.waitFor(
      (m) => m.subject === 'Reset your Hearth password' && m.text?.includes(member.name) === true,
    );
    const token = resetToken(mail.text);

    const weak = await hearth.client().post('/api/auth/password-reset/confirm', { token, password: 'short' });
    expect([weak.status, weak.code]).toEqual([400, 'VALIDATION_FAILED']);
    const confirmed = await hearth
      .client()
      .post('/api/auth/password-reset/confirm', { token, password: 'a brand new password' });
    expect(confirmed.status).toBe(204);

    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await hearth.client().signIn(member.email, member.password)).status).toBe(401);
    expect((await hearth.client().signIn(member.email, 'a brand new password')).status).toBe(200);
    const reused = await hearth
      .client()
      .post('/api/auth/password-reset/confirm', { token, password: 'yet another password' });
    expect([reused.status, reused.code]).toEqual([400, 'AUTH_LINK_INVALID']);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = smtp.messages.length;
    const response = await hearth
      .client()
      .post('/api/auth/password-reset', { email: 'nobody@nowhere.example' });
    expect(response.status).toBe(202);
    await hearth.ctx.jobs.drain();
    expect(smtp.messages.length).toBe(before);
  });

  it('voids an older link when a newer one is requested', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    await hearth.client().post('/api/auth/password-reset', { email: member.email });
    const first = resetToken((await smtp.waitFor((m) => m.text?.includes(member.name) === true)).text);
    await hearth.client().post('/api/auth/password-reset', { email: member.email });
    const second = resetToken(
      (await smtp.waitFor((m) => m.text?.includes(member.name) === true && !m.text.includes(first))).text,
    );
    const old = await hearth
      .client()
      .post('/api/auth/password-reset/confirm', { token: first, password: 'a brand new password' });
    expect(old.code).toBe('AUTH_LINK_INVALID');
    expect(
      (
        await hearth
          .client()
          .post('/api/auth/password-reset/confirm', { token: second, password: 'a brand new password' })
      ).status,
    ).toBe(204);
  });

  it('rejects a made-up token', async () => {
    const response = await hearth.client().post('/api/auth/password-reset/confirm', {
      token: 'made-up-token-value',
      password: 'a brand new password',
    });
    expect([response.status, response.code]).toEqual([400, 'AUTH_LINK_INVALID']);
  });
});
