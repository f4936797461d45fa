import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { openPostgres } from '../../src/db/index.ts';
import { createHearth } from '../../src/hearth.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import { connectSse } from '../support/sse-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

let hearth: TestHearth;
let base: string;
beforeAll(async () => {
  hearth = await startTestHearth();
  await hearth.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(hearth.app.server.address() as AddressInfo).port}`;
});
afterAll(() => hearth.dispose());

describe('live updates', () => {
  it('refuses an anonymous stream', async () => {
    const stream = await connectSse(`${base}/api/events`, {});
    expect(stream.status).toBe(401);
    stream.close();
  });

  it("tells admins' open pages when a user changes, and nobody else", async () => {
    const watcher = hearth.client();
    await signedIn(hearth.ctx, watcher, 'admin');
    const bystander = hearth.client();
    await signedIn(hearth.ctx, bystander, 'member');
    const adminStream = await connectSse(`${base}/api/events`, { cookie: watcher.cookieHeader });
    const memberStream = await connectSse(`${base}/api/events`, { cookie: bystander.cookieHeader });
    await adminStream.next((e) => e.type === 'hello');
    await memberStream.next((e) => e.type === 'hello');

    const actor = hearth.client();
    await signedIn(hearth.ctx, actor, 'admin');
    const target = await createPersona(hearth.ctx, 'member');
    expect((await actor.patch(`/api/admin/users/${target.id}`, { role: 'moderator' })).status).toBe(200);
    const event = await adminStream.next((e) => e.type === 'users.changed' && e.data.userId === target.id);
    expect(event.data).toEqual({ userId: target.id });
    // The member's stream got the same NOTIFY; a later event for the member proves ordering, not a sleep.
    await actor.patch(`/api/admin/users/${(await createPersona(hearth.ctx, 'member')).id}`, {
      role: 'staff',
    });
    await adminStream.next((e) => e.type === 'users.changed' && e.data.userId !== target.id);
    expect(memberStream.events.filter((e) => e.type === 'users.changed')).toEqual([]);
    adminStream.close();
    memberStream.close();
  });

  it('ends the stream of a user who is suspended', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const device = hearth.client();
    await device.signIn(member.email, member.password);
    const stream = await connectSse(`${base}/api/events`, { cookie: device.cookieHeader });
    await stream.next((e) => e.type === 'hello');
    const admin = hearth.client();
    await signedIn(hearth.ctx, admin, 'admin');
    await admin.post(`/api/admin/users/${member.id}/suspend`, { reason: 'test' });
    await stream.ended;
    expect(stream.events.some((e) => e.type === 'me.changed')).toBe(false);
  });

  it.skipIf(inject('dbKind') !== 'postgres')('fans out across app nodes through LISTEN/NOTIFY', async () => {
    const url = hearth.db.url ?? '';
    const otherDatabase = await openPostgres(url, 3);
    const otherNode = await createHearth({
      config: hearth.config,
      database: otherDatabase,
      logLevel: 'silent',
      work: false,
    });
    try {
      const watcher = hearth.client();
      await signedIn(hearth.ctx, watcher, 'admin');
      const stream = await connectSse(`${base}/api/events`, { cookie: watcher.cookieHeader });
      await stream.next((e) => e.type === 'hello');
      const target = await createPersona(hearth.ctx, 'member');
      const admin = await createPersona(hearth.ctx, 'admin');
      const signin = await otherNode.app.inject({ method: 'GET', url: '/api/auth/csrf' });
      const csrfCookie = String(signin.headers['set-cookie']).split(';')[0] ?? '';
      const token = signin.json<{ token: string }>().token;
      const session = await otherNode.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        headers: { cookie: csrfCookie, 'x-csrf-token': token },
        payload: { email: admin.email, password: admin.password },
      });
      const sessionCookie = [session.headers['set-cookie']]
        .flat()
        .map((c) => String(c).split(';')[0])
        .join('; ');
      const change = await otherNode.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${target.id}`,
        headers: { cookie: `${csrfCookie}; ${sessionCookie}`, 'x-csrf-token': token },
        payload: { role: 'agent' },
      });
      expect(change.statusCode).toBe(200);
      await stream.next((e) => e.type === 'users.changed' && e.data.userId === target.id);
      stream.close();
    } finally {
      await otherNode.close();
      await otherDatabase.close();
    }
  });
});
