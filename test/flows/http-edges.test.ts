import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodyProblem } from '../support/fuzz/error-body.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import type { TestClient, TestResponse } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

function expectError(response: TestResponse, status: number, code: string): void {
  expect([response.status, response.code], response.body).toEqual([status, code]);
  expect(errorBodyProblem(response)).toBeNull();
}

const fieldPaths = (response: TestResponse) =>
  response.json<{ error: { fields?: { path: string }[] } }>().error.fields?.map((f) => f.path) ?? [];

const setCookies = (response: TestResponse) => [response.headers['set-cookie'] ?? []].flat().map(String);

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

const userName = async (id: string) =>
  (await hearth.ctx.database.sql.query<{ name: string }>('select name from users where id = $1', [id]))
    .rows[0]?.name;

describe('request errors', () => {
  it('answers malformed JSON with 400 REQUEST_MALFORMED_JSON', async () => {
    const response = await hearth.client().post('/api/auth/signin', undefined, {
      rawBody: '{"email": "a@b.example", "password": ',
      headers: { 'content-type': 'application/json' },
    });
    expectError(response, 400, 'REQUEST_MALFORMED_JSON');
  });

  it('answers an empty JSON body with 400 REQUEST_MALFORMED_JSON', async () => {
    const response = await hearth.client().post('/api/auth/signin', undefined, {
      rawBody: '',
      headers: { 'content-type': 'application/json' },
    });
    expectError(response, 400, 'REQUEST_MALFORMED_JSON');
  });

  it('names every invalid body field', async () => {
    const response = await hearth.client().post('/api/auth/signup', { email: 42, password: 'short' });
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(response).sort()).toEqual(['email', 'name', 'password']);
  });

  it('names the invalid query parameter', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'admin');
    const response = await client.get('/api/admin/users?limit=abc&role=emperor');
    expectError(response, 400, 'VALIDATION_FAILED');
    const paths = fieldPaths(response);
    expect(paths).toHaveLength(2);
    expect(paths.find((p) => /(^|\.)limit$/.test(p))).toBeDefined();
    expect(paths.find((p) => /(^|\.)role$/.test(p))).toBeDefined();
  });

  it('names the invalid path parameter', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'admin');
    const response = await client.post('/api/admin/users/not-a-uuid/reinstate');
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(response).find((p) => /(^|\.)id$/.test(p))).toBeDefined();
  });

  it.each([
    ['GET', '/api/no-such-thing'],
    ['GET', '/api/no-such-thing?with=query'],
    ['DELETE', '/api/me/nowhere'],
    ['POST', '/api/auth/signin/extra'],
  ] as const)('answers %s %s with a JSON 404 ROUTE_NOT_FOUND', async (method, url) => {
    const response = await hearth.client().request(method, url, { body: method === 'GET' ? undefined : {} });
    expectError(response, 404, 'ROUTE_NOT_FOUND');
  });

  it('answers a body over the limit with 413 REQUEST_TOO_LARGE', async () => {
    const small = await startTestHearth({ bodyLimitBytes: 2048 });
    try {
      const client = small.client();
      const fits = await client.post('/api/auth/signin', { email: 'a@b.example', password: 'x'.repeat(200) });
      expectError(fits, 401, 'AUTH_INVALID_CREDENTIALS');
      const response = await client.post('/api/auth/signin', {
        email: 'a@b.example',
        password: 'x'.repeat(3000),
      });
      expectError(response, 413, 'REQUEST_TOO_LARGE');
    } finally {
      await small.dispose();
    }
  });

  it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded'])(
    'answers a %s body to a JSON route with 415',
    async (type) => {
      const response = await hearth.client().post('/api/auth/signin', undefined, {
        rawBody: 'email=a@b.example&password=whatever',
        headers: { 'content-type': type },
      });
      expectError(response, 415, 'REQUEST_UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it('answers a signed-in member on an admin route with 403 AUTH_FORBIDDEN', async () => {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, 'member');
    expectError(await client.get('/api/admin/users'), 403, 'AUTH_FORBIDDEN');
  });

  it('answers a caller without a session with 401 AUTH_REQUIRED', async () => {
    expectError(await hearth.client().get('/api/me'), 401, 'AUTH_REQUIRED');
    expectError(await hearth.client().get('/api/admin/users'), 401, 'AUTH_REQUIRED');
  });
});

describe('CSRF', () => {
  let client: TestClient;
  let userId: string;
  beforeAll(async () => {
    client = hearth.client();
    userId = (await signedIn(hearth.ctx, client, 'member')).id;
  });

  it('refuses a cookie request without the token and writes nothing', async () => {
    const before = await userName(userId);
    const response = await client.patch('/api/me', { name: 'Forged Without Token' }, { csrf: false });
    expectError(response, 403, 'AUTH_CSRF_MISMATCH');
    expect(await userName(userId)).toBe(before);
  });

  it('refuses a cookie request with a wrong token and writes nothing', async () => {
    const before = await userName(userId);
    const response = await client.patch(
      '/api/me',
      { name: 'Forged Wrong Token' },
      { csrf: false, headers: { 'x-csrf-token': 'a-token-of-my-own-making' } },
    );
    expectError(response, 403, 'AUTH_CSRF_MISMATCH');
    expect(await userName(userId)).toBe(before);
  });

  it('refuses the token of another browser', async () => {
    const other = hearth.client();
    const { token } = (await other.get('/api/auth/csrf')).json<{ token: string }>();
    const response = await client.patch(
      '/api/me',
      { name: 'Forged Foreign Token' },
      { csrf: false, headers: { 'x-csrf-token': token } },
    );
    expectError(response, 403, 'AUTH_CSRF_MISMATCH');
  });

  it('accepts a cookie request with the right token', async () => {
    const response = await client.patch('/api/me', { name: 'Renamed With Token' });
    expect(response.status, response.body).toBe(200);
    expect(await userName(userId)).toBe('Renamed With Token');
  });

  it('needs no token with an API token, and a non-bearer Authorization header is no way around it', async () => {
    const created = await client.post('/api/me/tokens', { name: 'ci', scope: 'write' });
    expect(created.status, created.body).toBe(201);
    const secret = created.json<{ secret: string }>().secret;
    const bot = hearth.client();
    const viaToken = await bot.patch(
      '/api/me',
      { name: 'Renamed By Token' },
      { csrf: false, headers: { authorization: `Bearer ${secret}` } },
    );
    expect(viaToken.status, viaToken.body).toBe(200);
    expect(await userName(userId)).toBe('Renamed By Token');

    // The CSRF check is skipped whenever Authorization is present, so the cookie must then be ignored.
    const sneaky = await client.patch(
      '/api/me',
      { name: 'Forged With Basic Auth' },
      { csrf: false, headers: { authorization: 'Basic dXNlcjpwYXNz' } },
    );
    expectError(sneaky, 401, 'AUTH_TOKEN_INVALID');
    expect(await userName(userId)).toBe('Renamed By Token');
  });

  it('lets a read-only API token read but not write', async () => {
    const created = await client.post('/api/me/tokens', { name: 'reader', scope: 'read' });
    const auth = { authorization: `Bearer ${created.json<{ secret: string }>().secret}` };
    expect((await hearth.client().get('/api/me', { headers: auth })).status).toBe(200);
    const write = await hearth
      .client()
      .patch('/api/me', { name: 'Read Only Write' }, { csrf: false, headers: auth });
    expectError(write, 403, 'AUTH_TOKEN_SCOPE');
    expect(await userName(userId)).not.toBe('Read Only Write');
  });
});

describe('rate limits', () => {
  it('answers the request over the global limit with 429 and Retry-After, per IP', async () => {
    const limited = await startTestHearth({ rateLimitPerMinute: 20 });
    try {
      const busy = limited.client();
      for (let i = 1; i <= 20; i++) expect((await busy.get('/api/site')).status, `request ${i}`).toBe(200);
      const over = await busy.get('/api/site');
      expectError(over, 429, 'RATE_LIMITED');
      expect(String(over.headers['retry-after'])).toMatch(/^\d+$/);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(over.headers['x-content-type-options']).toBe('nosniff');
      expect((await limited.client().get('/api/site')).status).toBe(200);
    } finally {
      await limited.dispose();
    }
  });

  it('limits sign-in attempts from one IP (different accounts) to 10 a minute', async () => {
    const client = hearth.client();
    for (let i = 1; i <= 10; i++) {
      const attempt = await client.signIn(`ip-limit-${i}@test.hearth.local`, 'wrong-password');
      expect(attempt.code, `attempt ${i}`).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const member = await createPersona(hearth.ctx, 'member');
    const over = await client.signIn(member.email, member.password);
    expectError(over, 429, 'RATE_LIMITED');
    expect(String(over.headers['retry-after'])).toMatch(/^\d+$/);
    expect(setCookies(over).filter((c) => c.startsWith('hearth_session='))).toEqual([]);
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await hearth.client().signIn(member.email, member.password)).status).toBe(200);
  });

  it('limits sign-in attempts on one account from many IPs to 10 a minute, and writes no session', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const spellings = [member.email, member.email.toUpperCase(), ` ${member.email} `];
    for (let i = 0; i < 10; i++) {
      const attempt = await hearth
        .client()
        .signIn(spellings[i % spellings.length] ?? member.email, 'wrong-password');
      expect(attempt.code, `attempt ${i + 1}`).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const sessions = async () =>
      (
        await hearth.ctx.database.sql.query<{ n: number }>(
          'select count(*)::int as n from sessions where user_id = $1',
          [member.id],
        )
      ).rows[0]?.n;
    const client = hearth.client();
    const over = await client.signIn(member.email, member.password);
    expectError(over, 429, 'RATE_LIMITED');
    expect(String(over.headers['retry-after'])).toMatch(/^\d+$/);
    expect(setCookies(over).filter((c) => c.startsWith('hearth_session='))).toEqual([]);
    expect(await sessions()).toBe(0);
    expect((await hearth.client().signIn('someone-else@test.hearth.local', 'wrong-password')).status).toBe(
      401,
    );
  });
});
