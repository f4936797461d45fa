import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona } from '../../../test/support/personas.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

describe('sign in', () => {
  it('rejects a body that is not valid', async () => {
    const response = await hearth.client().post('/api/auth/signin', { email: 'not-an-email', password: '' });
    expect(response.status).toBe(400);
    expect(response.code).toBe('VALIDATION_FAILED');
    expect(
      response
        .json<{ error: { fields: { path: string }[] } }>()
        .error.fields.map((f) => f.path)
        .sort(),
    ).toEqual(['email', 'password']);
  });

  it('answers 401 for an unknown account and a wrong password alike', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const unknown = await hearth.client().signIn('nobody@test.hearth.local', 'whatever-password');
    const wrong = await hearth.client().signIn(member.email, 'wrong-password');
    expect([unknown.status, unknown.code]).toEqual([401, 'AUTH_INVALID_CREDENTIALS']);
    expect([wrong.status, wrong.code]).toEqual([401, 'AUTH_INVALID_CREDENTIALS']);
  });

  it('refuses a suspended account with 403', async () => {
    const suspended = await createPersona(hearth.ctx, 'member', { status: 'suspended' });
    const response = await hearth.client().signIn(suspended.email, suspended.password);
    expect([response.status, response.code]).toEqual([403, 'AUTH_ACCOUNT_SUSPENDED']);
  });

  it('starts a session with an HTTP-only SameSite=Lax cookie and a new id every time', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const client = hearth.client();
    const first = await client.signIn(member.email, member.password);
    expect(first.status).toBe(200);
    const cookie = first.headers['set-cookie'];
    const sessionCookie = [cookie].flat().find((c) => String(c).startsWith('hearth_session='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(sessionCookie).not.toMatch(/Secure/);
    const firstToken = client.cookie('hearth_session');
    expect((await client.get('/api/me')).json<{ user: { email: string } }>().user.email).toBe(member.email);
    await client.signIn(member.email, member.password);
    expect(client.cookie('hearth_session')).not.toBe(firstToken);
    const sessions = (await client.get('/api/me/sessions')).json<{ items: unknown[] }>().items;
    expect(sessions).toHaveLength(1);
  });
});
