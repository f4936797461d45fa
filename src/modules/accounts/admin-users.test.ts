import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, signedIn } from '../../../test/support/personas.ts';
import type { TestClient } from '../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
let adminId: string;
beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  adminId = (await signedIn(hearth.ctx, admin, 'admin')).id;
});
afterAll(() => hearth.dispose());

interface UserItem {
  id: string;
  role: string;
  status: string;
  email: string;
  suspendedReason: string | null;
}
const missing = '00000000-0000-4000-8000-000000000000';

async function auditActions(targetId: string): Promise<string[]> {
  const { rows } = await hearth.ctx.database.sql.query<{ action: string }>(
    'select action from audit_events where target_id = $1 order by id',
    [targetId],
  );
  return rows.map((row) => row.action);
}

describe('admin: users', () => {
  it('lists users with search, filters and cursor pagination', async () => {
    const named = await createPersona(hearth.ctx, 'moderator', { name: 'Zebulon Quixote' });
    const found = (await admin.get('/api/admin/users?q=quixote')).json<{ items: UserItem[] }>().items;
    expect(found.map((u) => u.id)).toEqual([named.id]);
    const moderators = (await admin.get('/api/admin/users?role=moderator')).json<{ items: UserItem[] }>()
      .items;
    expect(moderators.every((u) => u.role === 'moderator')).toBe(true);
    expect(moderators.some((u) => u.id === named.id)).toBe(true);
    expect((await admin.get('/api/admin/users?q=%25')).json<{ items: unknown[] }>().items).toEqual([]);

    for (let i = 0; i < 4; i++) await createPersona(hearth.ctx, 'member');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: UserItem[]; nextCursor: string | null } = (
        await admin.get(`/api/admin/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await admin.get('/api/admin/users?limit=100'))
      .json<{ items: UserItem[] }>()
      .items.map((u) => u.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await admin.get('/api/admin/users?cursor=garbage')).code).toBe('VALIDATION_FAILED');
    expect((await admin.get('/api/admin/users?role=overlord')).code).toBe('VALIDATION_FAILED');
  });

  it("changes a user's role, audited; 400 for an unknown role, 404 for an unknown user", async () => {
    const member = await createPersona(hearth.ctx, 'member');
    expect((await admin.patch(`/api/admin/users/${member.id}`, { role: 'overlord' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await admin.patch(`/api/admin/users/${missing}`, { role: 'agent' })).code).toBe('USER_NOT_FOUND');
    const changed = await admin.patch(`/api/admin/users/${member.id}`, { role: 'agent' });
    expect(changed.json<{ user: UserItem }>().user.role).toBe('agent');
    expect(await auditActions(member.id)).toEqual(['admin.user_role_changed']);
  });

  it('keeps at least one active admin', async () => {
    const { rows } = await hearth.ctx.database.sql.query<{ n: number }>(
      "select count(*)::int as n from users where role = 'admin' and status = 'active'",
    );
    expect(rows[0]?.n).toBe(1);
    const demote = await admin.patch(`/api/admin/users/${adminId}`, { role: 'member' });
    expect([demote.status, demote.code]).toEqual([409, 'USER_LAST_ADMIN']);
    const suspendSelf = await admin.post(`/api/admin/users/${adminId}/suspend`, { reason: 'oops' });
    expect(suspendSelf.code).toBe('USER_SELF_SUSPEND');
  });

  it('suspending signs the user out everywhere and stops their tokens; reinstating lets them back in', async () => {
    const member = await createPersona(hearth.ctx, 'member');
    const device = hearth.client();
    await device.signIn(member.email, member.password);
    const { secret } = (await device.post('/api/me/tokens', { name: 'cli', scope: 'read' })).json<{
      secret: string;
    }>();

    expect((await admin.post(`/api/admin/users/${member.id}/suspend`, { reason: '' })).code).toBe(
      'VALIDATION_FAILED',
    );
    const suspended = await admin.post(`/api/admin/users/${member.id}/suspend`, {
      reason: 'Spam in three spaces',
    });
    expect(suspended.json<{ user: UserItem }>().user).toMatchObject({
      status: 'suspended',
      suspendedReason: 'Spam in three spaces',
    });

    expect((await device.get('/api/me')).status).toBe(401);
    const viaToken = await hearth.client().get('/api/me', { headers: { authorization: `Bearer ${secret}` } });
    expect([viaToken.status, viaToken.code]).toEqual([403, 'AUTH_ACCOUNT_SUSPENDED']);
    expect((await hearth.client().signIn(member.email, member.password)).code).toBe('AUTH_ACCOUNT_SUSPENDED');

    expect(
      (await admin.post(`/api/admin/users/${member.id}/reinstate`)).json<{ user: UserItem }>().user.status,
    ).toBe('active');
    expect((await hearth.client().signIn(member.email, member.password)).status).toBe(200);
    expect(
      (await hearth.client().get('/api/me', { headers: { authorization: `Bearer ${secret}` } })).status,
    ).toBe(200);
    expect(await auditActions(member.id)).toEqual(
      expect.arrayContaining(['admin.user_suspended', 'admin.user_reinstated']),
    );
  });

  it('invitations: created, listed, revoked once, 404 when unknown', async () => {
    const created = await admin.post('/api/admin/invitations', {});
    const { invitation } = created.json<{ invitation: { id: string } }>();
    const listed = (await admin.get('/api/admin/invitations')).json<{
      items: { id: string; revokedAt: string | null }[];
    }>();
    expect(listed.items.map((i) => i.id)).toContain(invitation.id);
    expect((await admin.delete(`/api/admin/invitations/${invitation.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/admin/invitations/${invitation.id}`)).code).toBe('INVITATION_NOT_FOUND');
    expect((await admin.delete(`/api/admin/invitations/${missing}`)).code).toBe('INVITATION_NOT_FOUND');
  });
});
