import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.ts';
import { signedIn } from '../../../test/support/personas.ts';
import type { TestClient } from '../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

const clock = fixedClock(new Date('2026-05-04T09:00:00Z'));
let hearth: TestHearth;
let admin: TestClient;
let groupId = '';
let n = 0;

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  const group = await admin.post('/api/admin/groups', { name: 'Kettle owners', slug: 'kettle-owners' });
  groupId = group.json<{ group: { id: string } }>().group.id;
});
afterAll(() => hearth.dispose());

function signUp(inviteCode: string, email = `link-user-${++n}@example.org`) {
  return hearth.client().post('/api/auth/signup', {
    email,
    name: `Link User ${n}`,
    password: 'a long enough password',
    inviteCode,
  });
}

async function makeLink(body: Record<string, unknown>) {
  const response = await admin.post('/api/admin/invitations', body);
  expect(response.status, response.body).toBe(201);
  return response.json<{ invitation: { id: string; status: string }; code: string; url: string }>();
}

const count = async (table: string) =>
  (await hearth.ctx.database.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]?.n;

describe('invitation links', () => {
  it('refuses invalid settings with the fields that are wrong, writing nothing', async () => {
    const before = await count('invitations');
    const response = await admin.post('/api/admin/invitations', {
      maxUses: 0,
      expiresInHours: 0,
      groupId: 'nope',
    });
    expect([response.status, response.code]).toEqual([400, 'VALIDATION_FAILED']);
    const paths = response.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path);
    expect(paths.sort()).toEqual(['expiresInHours', 'groupId', 'maxUses']);
    const personal = await admin.post('/api/admin/invitations', { email: 'one@example.org', maxUses: 5 });
    expect(personal.code).toBe('VALIDATION_FAILED');
    const tooMany = await admin.post('/api/admin/invitations', { maxUses: 10_001 });
    expect(tooMany.code).toBe('VALIDATION_FAILED');
    expect(await count('invitations')).toBe(before);
  });

  it('answers 404 for a group or an invitation that does not exist', async () => {
    const noGroup = await admin.post('/api/admin/invitations', {
      maxUses: 3,
      groupId: '00000000-0000-4000-8000-000000000000',
    });
    expect([noGroup.status, noGroup.code]).toEqual([404, 'GROUP_NOT_FOUND']);
    const noInvitation = await admin.delete('/api/admin/invitations/00000000-0000-4000-8000-000000000000');
    expect([noInvitation.status, noInvitation.code]).toEqual([404, 'INVITATION_NOT_FOUND']);
  });

  it('is for staff who manage invitations only', async () => {
    const member = hearth.client();
    await signedIn(hearth.ctx, member, 'member');
    const refused = await member.post('/api/admin/invitations', { maxUses: 2 });
    expect([refused.status, refused.code]).toEqual([403, 'AUTH_FORBIDDEN']);
  });

  it('with two uses admits two people into its group, refuses the third, and shows its uses', async () => {
    const { code, url, invitation } = await makeLink({ maxUses: 2, groupId, label: 'Spring newsletter' });
    expect(url).toBe(`${hearth.config.publicUrl}/signup?invite=${code}`);
    const preview = await hearth.client().get(`/api/auth/invitations/${code}`);
    expect(preview.json()).toMatchObject({
      label: 'Spring newsletter',
      group: { name: 'Kettle owners' },
      usesLeft: 2,
      email: null,
    });

    const first = await signUp(code);
    const second = await signUp(code);
    expect([first.status, second.status]).toEqual([201, 201]);
    const before = await count('users');
    const third = await signUp(code);
    expect([third.status, third.code]).toEqual([409, 'AUTH_INVITATION_USED_UP']);
    expect(await count('users')).toBe(before);

    const members = await admin.get(`/api/admin/groups/${groupId}/members`);
    const ids = members.json<{ items: { id: string }[] }>().items.map((item) => item.id);
    const joined = [first, second].map((r) => r.json<{ user: { id: string } }>().user.id);
    expect(ids).toEqual(expect.arrayContaining(joined));
    const uses = await hearth.ctx.database.sql.query<{ user_id: string }>(
      'select user_id from invitation_uses where invitation_id = $1',
      [invitation.id],
    );
    expect(uses.rows.map((row) => row.user_id).sort()).toEqual([...joined].sort());

    const listed = (await admin.get('/api/admin/invitations')).json<{
      items: { id: string; useCount: number; maxUses: number; status: string; group: { name: string } }[];
    }>();
    expect(listed.items.find((item) => item.id === invitation.id)).toMatchObject({
      useCount: 2,
      maxUses: 2,
      status: 'used_up',
      group: { name: 'Kettle owners' },
    });
  });

  it('takes a last use once when two people sign up with it at the same moment', async () => {
    const { code } = await makeLink({ maxUses: 1 });
    const answers = await Promise.all([signUp(code), signUp(code)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });

  it('refuses an expired link and a revoked one, each saying why', async () => {
    const expiring = await makeLink({ maxUses: 10, expiresInHours: 1 });
    clock.advance(2 * 3_600_000);
    const late = await signUp(expiring.code);
    expect([late.status, late.code]).toEqual([410, 'AUTH_INVITATION_EXPIRED']);

    const revoked = await makeLink({ maxUses: 10 });
    expect((await admin.delete(`/api/admin/invitations/${revoked.invitation.id}`)).status).toBe(204);
    const refused = await signUp(revoked.code);
    expect([refused.status, refused.code]).toEqual([410, 'AUTH_INVITATION_REVOKED']);
    expect((await hearth.client().get(`/api/auth/invitations/${revoked.code}`)).code).toBe(
      'AUTH_INVITATION_REVOKED',
    );
  });

  it('answers an unknown code the same whoever asks, without telling which emails exist', async () => {
    const taken = await signUp((await makeLink({ maxUses: 1 })).code);
    const email = taken.json<{ user: { email: string } }>().user.email;
    const unknown = await signUp('no-such-code-at-all', email);
    expect([unknown.status, unknown.code]).toEqual([400, 'AUTH_INVITATION_INVALID']);
    expect((await hearth.client().get('/api/auth/invitations/no-such-code-at-all')).code).toBe(
      'AUTH_INVITATION_INVALID',
    );
  });
});
