import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, signedIn } from '../../../test/support/personas.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

interface SessionItem {
  id: string;
  current: boolean;
}

describe('sessions', () => {
  it('lists your devices and revoking one signs that device out at once', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const laptop = hearth.client();
    const phone = hearth.client();
    await laptop.signIn(member.email, member.password);
    await phone.signIn(member.email, member.password);
    const sessions = (await laptop.get('/api/me/sessions')).json<{
      items: (SessionItem & { ip: string })[];
    }>().items;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const phoneSession = sessions.find((s) => !s.current);
    expect(phoneSession?.ip).toBe(phone.ip);

    expect((await laptop.delete(`/api/me/sessions/${phoneSession?.id}`)).status).toBe(204);
    const after = await phone.get('/api/me');
    expect([after.status, after.code]).toEqual([401, 'AUTH_REQUIRED']);
    expect((await laptop.get('/api/me')).status).toBe(200);
  });

  it("answers 404 for someone else's session and 400 for a malformed id", async () => {
    const mine = hearth.client();
    const theirs = hearth.client();
    await signedIn(hearth.ctx, mine, 'member');
    await signedIn(hearth.ctx, theirs, 'member');
    const theirId = (await theirs.get('/api/me/sessions')).json<{ items: SessionItem[] }>().items[0]?.id;
    const response = await mine.delete(`/api/me/sessions/${theirId}`);
    expect([response.status, response.code]).toEqual([404, 'SESSION_NOT_FOUND']);
    expect((await theirs.get('/api/me')).status).toBe(200);
    expect((await mine.delete('/api/me/sessions/not-a-uuid')).code).toBe('VALIDATION_FAILED');
  });

  it('revoking the current session clears the cookie; signing out ends the session for good', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'member');
    const token = client.cookie('hearth_session');
    expect((await client.post('/api/auth/signout')).status).toBe(204);
    expect(client.cookie('hearth_session')).toBeUndefined();
    const replay = await hearth.client().get('/api/me', { headers: { cookie: `hearth_session=${token}` } });
    expect(replay.status).toBe(401);
  });

  it('needs a session: anonymous callers get 401', async () => {
    expect((await hearth.client().get('/api/me/sessions')).code).toBe('AUTH_REQUIRED');
  });
});

describe('profile and password', () => {
  it('changes the name and rejects an empty one', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'staff');
    expect((await client.patch('/api/me', { name: '  ' })).code).toBe('VALIDATION_FAILED');
    const response = await client.patch('/api/me', { name: 'Stella From Support' });
    expect(response.json<{ user: { name: string } }>().user.name).toBe('Stella From Support');
  });

  it('asks for the current password, then signs out the other devices but not this one', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const here = hearth.client();
    const elsewhere = hearth.client();
    await here.signIn(member.email, member.password);
    await elsewhere.signIn(member.email, member.password);

    const wrong = await here.post('/api/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'a new long password',
    });
    expect([wrong.status, wrong.code]).toEqual([400, 'AUTH_CURRENT_PASSWORD_WRONG']);
    expect(wrong.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'currentPassword',
    );
    const weak = await here.post('/api/me/password', {
      currentPassword: member.password,
      newPassword: 'short',
    });
    expect(weak.code).toBe('VALIDATION_FAILED');

    expect(
      (
        await here.post('/api/me/password', {
          currentPassword: member.password,
          newPassword: 'a new long password',
        })
      ).status,
    ).toBe(204);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await hearth.client().signIn(member.email, 'a new long password')).status).toBe(200);
  });

  it('stores passwords as argon2id hashes', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const { rows } = await hearth.ctx.database.sql.query<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [member.id],
    );
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('API tokens', () => {
  async function createToken(client: ReturnType<TestHearth['client']>, scope: 'read' | 'write') {
    const response = await client.post('/api/me/tokens', { name: `${scope} token`, scope });
    expect(response.status).toBe(201);
    return response.json<{ token: { id: string; prefix: string }; secret: string }>();
  }

  it('shows the secret once, stores only its hash, and authenticates Bearer calls', async () => {
    const client = hearth.client();
    const me = await signedIn(hearth.ctx, client, 'member');
    const { token, secret } = await createToken(client, 'read');
    expect(secret).toMatch(/^hth_/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const listed = await client.get('/api/me/tokens');
    expect(listed.body).not.toContain(secret);
    const stored = await hearth.ctx.database.sql.query<{ token_hash: string }>(
      'select token_hash from api_tokens where id = $1',
      [token.id],
    );
    expect(stored.rows[0]?.token_hash).not.toContain(secret.slice(4));
    const api = await hearth.client().get('/api/me', { headers: { authorization: `Bearer ${secret}` } });
    expect(api.json<{ user: { id: string } }>().user.id).toBe(me.id);
  });

  it('a read token can only read; a write token can write without CSRF', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'member');
    const read = await createToken(client, 'read');
    const write = await createToken(client, 'write');
    const viaRead = await hearth
      .client()
      .patch(
        '/api/me',
        { name: 'Read Only' },
        { csrf: false, headers: { authorization: `Bearer ${read.secret}` } },
      );
    expect([viaRead.status, viaRead.code]).toEqual([403, 'AUTH_TOKEN_SCOPE']);
    const viaWrite = await hearth
      .client()
      .patch(
        '/api/me',
        { name: 'Written By Token' },
        { csrf: false, headers: { authorization: `Bearer ${write.secret}` } },
      );
    expect(viaWrite.status).toBe(200);
    expect((await client.get('/api/me')).json<{ user: { name: string } }>().user.name).toBe(
      'Written By Token',
    );
  });

  it('a token cannot mint more tokens or see sessions (credentials need a session)', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'admin');
    const { secret } = await createToken(client, 'write');
    const bearer = { csrf: false, headers: { authorization: `Bearer ${secret}` } };
    expect((await hearth.client().post('/api/me/tokens', { name: 'x', scope: 'write' }, bearer)).code).toBe(
      'AUTH_SESSION_REQUIRED',
    );
    expect((await hearth.client().get('/api/me/sessions', bearer)).code).toBe('AUTH_SESSION_REQUIRED');
    const users = await hearth.client().get('/api/admin/users', bearer);
    expect(users.status).toBe(200);
  });

  it('a revoked or unknown token is refused with 401', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'member');
    const { token, secret } = await createToken(client, 'write');
    expect((await client.delete(`/api/me/tokens/${token.id}`)).status).toBe(204);
    const revoked = await hearth.client().get('/api/me', { headers: { authorization: `Bearer ${secret}` } });
    expect([revoked.status, revoked.code]).toEqual([401, 'AUTH_TOKEN_INVALID']);
    expect(
      (await hearth.client().get('/api/me', { headers: { authorization: 'Bearer hth_nope' } })).code,
    ).toBe('AUTH_TOKEN_INVALID');
    expect((await hearth.client().get('/api/me', { headers: { authorization: 'Basic abc' } })).code).toBe(
      'AUTH_TOKEN_INVALID',
    );
    expect((await client.delete(`/api/me/tokens/${token.id}`)).code).toBe('API_TOKEN_NOT_FOUND');
  });

  it('guests get no tokens', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'guest');
    const response = await client.post('/api/me/tokens', { name: 'guest token', scope: 'read' });
    expect([response.status, response.code]).toEqual([403, 'AUTH_FORBIDDEN']);
  });
});
