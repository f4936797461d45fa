import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

const countUsers = async () =>
  (await hearth.ctx.database.sql.query<{ n: number }>('select count(*)::int as n from users')).rows[0]?.n;

async function setSignupMode(mode: 'open' | 'invite') {
  const admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  expect((await admin.patch('/api/admin/settings', { signupMode: mode })).status).toBe(200);
  return admin;
}

describe('sign up', () => {
  it('rejects invalid input with the fields that are wrong, writing nothing', async () => {
    const before = await countUsers();
    const response = await hearth
      .client()
      .post('/api/auth/signup', { email: 'x', password: 'short', name: '' });
    expect([response.status, response.code]).toEqual([400, 'VALIDATION_FAILED']);
    const paths = response.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path);
    expect(paths.sort()).toEqual(['email', 'name', 'password']);
    expect(await countUsers()).toBe(before);
  });

  it('creates a member, signs them in, and emails a confirmation link that works once', async () => {
    const client = hearth.client();
    const response = await client.post('/api/auth/signup', {
      email: 'New.Person@Example.org',
      password: 'a long enough password',
      name: 'Núria Pérez',
    });
    expect(response.status).toBe(201);
    const user = response.json<{
      user: { email: string; role: string; handle: string; emailVerified: boolean };
    }>().user;
    expect(user).toMatchObject({
      email: 'new.person@example.org',
      role: 'member',
      handle: 'nuria_perez',
      emailVerified: false,
    });
    expect((await client.get('/api/me')).status).toBe(200);

    const mail = await smtp.waitFor((m) => m.subject === 'Confirm your email address for Hearth');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('new.person@example.org');
    const token = /verify-email\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect((await hearth.client().post('/api/auth/verify-email', { token })).status).toBe(204);
    expect(
      (await client.get('/api/me')).json<{ user: { emailVerified: boolean } }>().user.emailVerified,
    ).toBe(true);
    const again = await hearth.client().post('/api/auth/verify-email', { token });
    expect([again.status, again.code]).toEqual([400, 'AUTH_LINK_INVALID']);
  });

  it('resends the confirmation link on request, and not once the address is confirmed', async () => {
    const client = hearth.client();
    await client.post('/api/auth/signup', {
      email: 'resend@example.org',
      password: 'a long enough password',
      name: 'Resend Me',
    });
    await smtp.waitFor((m) => m.text?.includes('Resend Me') === true);
    expect((await client.post('/api/me/verify-email')).status).toBe(202);
    await hearth.ctx.jobs.drain();
    const links = smtp.messages
      .filter((m) => m.text?.includes('Resend Me'))
      .map((m) => /token=([\w-]+)/.exec(m.text ?? '')?.[1]);
    expect(links).toHaveLength(2);
    const first = await hearth.client().post('/api/auth/verify-email', { token: links[0] });
    expect(first.code).toBe('AUTH_LINK_INVALID');
    expect((await hearth.client().post('/api/auth/verify-email', { token: links[1] })).status).toBe(204);
    expect((await client.post('/api/me/verify-email')).status).toBe(202);
    await hearth.ctx.jobs.drain();
    expect(smtp.messages.filter((m) => m.text?.includes('Resend Me'))).toHaveLength(2);
    expect((await hearth.client().post('/api/me/verify-email')).code).toBe('AUTH_REQUIRED');
  });

  it('refuses a second account with the same email, in any letter case', async () => {
    const body = { email: 'twice@example.org', password: 'a long enough password', name: 'Twice' };
    expect((await hearth.client().post('/api/auth/signup', body)).status).toBe(201);
    const again = await hearth.client().post('/api/auth/signup', { ...body, email: 'TWICE@example.org' });
    expect([again.status, again.code]).toEqual([409, 'AUTH_EMAIL_TAKEN']);
  });

  it('in invite-only mode needs a valid, unused invitation code', async () => {
    const admin = await setSignupMode('invite');
    const body = { email: 'invited@example.org', password: 'a long enough password', name: 'Invited One' };
    const without = await hearth.client().post('/api/auth/signup', body);
    expect([without.status, without.code]).toEqual([403, 'AUTH_SIGNUP_INVITE_ONLY']);
    const bogus = await hearth
      .client()
      .post('/api/auth/signup', { ...body, inviteCode: 'not-a-real-code-123' });
    expect([bogus.status, bogus.code]).toEqual([400, 'AUTH_INVITATION_INVALID']);
    expect(
      (await hearth.client().post('/api/auth/signin', { email: body.email, password: body.password })).status,
    ).toBe(401);

    // A made-up code with an existing account's email must not reveal that the account exists.
    const probe = await hearth
      .client()
      .post('/api/auth/signup', { ...body, email: 'twice@example.org', inviteCode: 'not-a-real-code-123' });
    expect(probe.code).toBe('AUTH_INVITATION_INVALID');
    const { code } = (await admin.post('/api/admin/invitations', {})).json<{ code: string }>();
    expect((await hearth.client().post('/api/auth/signup', { ...body, inviteCode: code })).status).toBe(201);
    const reused = await hearth
      .client()
      .post('/api/auth/signup', { ...body, email: 'second@example.org', inviteCode: code });
    expect([reused.status, reused.code]).toEqual([409, 'AUTH_INVITATION_USED_UP']);
    await setSignupMode('open');
  });

  it('honours an invitation addressed to someone else only for that address', async () => {
    const admin = await setSignupMode('invite');
    const created = await admin.post('/api/admin/invitations', { email: 'only.me@example.org' });
    expect(created.status).toBe(201);
    const { code } = created.json<{ code: string }>();
    await smtp.waitFor((m) => m.text?.includes(code) ?? false);
    const body = { password: 'a long enough password', name: 'Someone', inviteCode: code };
    const wrongPerson = await hearth
      .client()
      .post('/api/auth/signup', { ...body, email: 'not.me@example.org' });
    expect(wrongPerson.code).toBe('AUTH_INVITATION_INVALID');
    expect(
      (await hearth.client().post('/api/auth/signup', { ...body, email: 'only.me@example.org' })).status,
    ).toBe(201);
    await setSignupMode('open');
  });
});
