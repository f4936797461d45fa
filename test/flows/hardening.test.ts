import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/index.ts';
import { makeAdminFromConsole } from '../../src/modules/accounts/index.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import { connectSse } from '../support/sse-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

const activeAdmins = async () =>
  (
    await hearth.ctx.database.sql.query<{ n: number }>(
      "select count(*)::int as n from users where role = 'admin' and status = 'active'",
    )
  ).rows[0]?.n ?? 0;

describe('invariants under concurrency', () => {
  it('two admins demoting each other at once leave one admin standing', async () => {
    await hearth.ctx.database.sql.query("update users set role = 'member' where role = 'admin'");
    const a = hearth.client();
    const b = hearth.client();
    const adminA = await signedIn(hearth.ctx, a, 'admin');
    const adminB = await signedIn(hearth.ctx, b, 'admin');
    const results = await Promise.all([
      a.patch(`/api/admin/users/${adminB.id}`, { role: 'member' }),
      b.patch(`/api/admin/users/${adminA.id}`, { role: 'member' }),
    ]);
    // The loser is refused either as no longer an admin (403) or as the last one (409).
    const [won, lost] = results.map((r) => r.status).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    expect(await activeAdmins()).toBe(1);
  });

  it('people with the same name signing up at once all get in, with distinct handles', async () => {
    const responses = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        hearth.client().post('/api/auth/signup', {
          email: `sam.lee${n}@example.org`,
          password: 'a long enough password',
          name: 'Sam Lee',
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const handles = responses.map((r) => r.json<{ user: { handle: string } }>().user.handle);
    expect(new Set(handles).size).toBe(4);
  });
});

describe('input that is not text', () => {
  it.each([
    ['a NUL character', 'Nul\u0000Name'],
    ['a lone surrogate', 'Broken \uD800 name'],
  ])('answers %s in a name with 400, not 500', async (_what, name) => {
    const response = await hearth.client().post('/api/auth/signup', {
      email: `text${Math.random()}@example.org`.replace('0.', ''),
      password: 'a long enough password',
      name,
    });
    expect([response.status, response.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('name');
  });
});

describe('rate limits', () => {
  it('count every request, 404s and failed CSRF checks included', async () => {
    const limited = await startTestHearth({ rateLimitPerMinute: 5 });
    try {
      const client = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await client.get('/api/nowhere')).status);
      for (let i = 0; i < 3; i++)
        statuses.push((await client.post('/api/auth/signout', undefined, { csrf: false })).status);
      expect(statuses).toEqual([404, 404, 404, 403, 403, 429]);
    } finally {
      await limited.dispose();
    }
  });

  it('limit current-password guesses per user, and audit each wrong one', async () => {
    const client = hearth.client();
    const me = await signedIn(hearth.ctx, client, 'member');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (
          await client.post('/api/me/password', {
            currentPassword: `guess ${i}`,
            newPassword: 'a new long password',
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
    const { rows } = await hearth.ctx.database.sql.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'auth.password_change_failed' and target_id = $1",
      [me.id],
    );
    expect(rows[0]?.n).toBe(10);
  });
});

describe('secrets at rest', () => {
  it('keeps no reset link readable in the job table', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    await hearth.client().post('/api/auth/password-reset', { email: member.email });
    await hearth.ctx.jobs.drain();
    const { rows } = await hearth.ctx.database.sql.query<{ data: unknown }>(
      "select data from pgboss.job where name = 'mail.send' union all select data from pgboss.archive where name = 'mail.send'",
    );
    expect(rows.length).toBeGreaterThan(0);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('reset-password?token=');
    expect(stored).not.toContain(member.email);
  });
});

describe('live streams and revoked credentials', () => {
  it('end the stream of a session revoked from another device', async () => {
    await hearth.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(hearth.app.server.address() as AddressInfo).port}`;
    const member = await createPersona(hearth.ctx, 'member');
    const laptop = hearth.client();
    const phone = hearth.client();
    await laptop.signIn(member.email, member.password);
    await phone.signIn(member.email, member.password);
    const stream = await connectSse(`${base}/api/events`, { cookie: phone.cookieHeader });
    await stream.next((e) => e.type === 'hello');
    const phoneSession = (await laptop.get('/api/me/sessions'))
      .json<{ items: { id: string; current: boolean }[] }>()
      .items.find((s) => !s.current);
    expect((await laptop.delete(`/api/me/sessions/${phoneSession?.id}`)).status).toBe(204);
    await stream.ended;
  });
});

describe('the console', () => {
  it('make-admin restores an admin when none is left, audited', async () => {
    const member = await createPersona(hearth.ctx, 'member', { status: 'suspended' });
    await makeAdminFromConsole(hearth.ctx, member.email.toUpperCase());
    expect(
      (await hearth.client().signIn(member.email, member.password)).json<{ user: { role: string } }>().user
        .role,
    ).toBe('admin');
    await expect(makeAdminFromConsole(hearth.ctx, 'nobody@example.org')).rejects.toThrow(
      'There is no such user.',
    );
  });
});

describe('defaults', () => {
  it('turns the demo off by default on a server database, and keeps an explicit choice', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', HEARTH_DEMO: 'true' }).demo).toBe(true);
  });
});
