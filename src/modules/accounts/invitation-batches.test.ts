import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/support/personas.ts';
import type { TestClient } from '../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let manager: TestClient;
let n = 0;

interface Batch {
  id: string;
  name: string;
  size: number;
  used: number;
  revoked: number;
}

beforeAll(async () => {
  hearth = await startTestHearth();
  manager = hearth.client();
  await signedIn(hearth.ctx, manager, 'manager');
});
afterAll(() => hearth.dispose());

const count = async (table: string) =>
  (await hearth.ctx.database.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]?.n;

async function makeBatch(body: Record<string, unknown>) {
  const response = await manager.post('/api/admin/invitation-batches', body);
  expect(response.status, response.body).toBe(201);
  return response.json<{ batch: Batch; csv: string }>();
}

function signUp(inviteCode: string) {
  n += 1;
  return hearth.client().post('/api/auth/signup', {
    email: `box-${n}@example.org`,
    name: `Box Buyer ${n}`,
    password: 'a long enough password',
    inviteCode,
  });
}

const codesOf = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '');

describe('batches of printed invitation codes', () => {
  it('refuses a count out of range and an unnamed batch, writing nothing', async () => {
    const before = await count('invitation_batches');
    const response = await manager.post('/api/admin/invitation-batches', { name: ' ', count: 10_001 });
    expect([response.status, response.code]).toEqual([400, 'VALIDATION_FAILED']);
    const paths = response.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path);
    expect(paths.sort()).toEqual(['count', 'name']);
    expect(await count('invitation_batches')).toBe(before);
  });

  it('answers 404 for a missing group or batch, and 403 to a member', async () => {
    const noGroup = await manager.post('/api/admin/invitation-batches', {
      name: 'Lost',
      count: 3,
      groupId: '00000000-0000-4000-8000-000000000000',
    });
    expect([noGroup.status, noGroup.code]).toEqual([404, 'GROUP_NOT_FOUND']);
    const noBatch = await manager.delete(
      '/api/admin/invitation-batches/00000000-0000-4000-8000-000000000000',
    );
    expect([noBatch.status, noBatch.code]).toEqual([404, 'INVITATION_BATCH_NOT_FOUND']);
    const member = hearth.client();
    await signedIn(hearth.ctx, member, 'member');
    const refused = await member.post('/api/admin/invitation-batches', { name: 'Mine', count: 2 });
    expect([refused.status, refused.code]).toEqual([403, 'AUTH_FORBIDDEN']);
  });

  it('gives a CSV of short printable codes once, and stores only their hashes', async () => {
    const { batch, csv } = await makeBatch({ name: 'Box insert, "spring" run', count: 5 });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('code,url,expires_at,batch');
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(1)) {
      const [code, url, expires, ...name] = line.split(',');
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/);
      expect(url).toBe(`${hearth.config.publicUrl}/signup?invite=${code}`);
      expect(new Date(expires ?? '').getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
      expect(name.join(',')).toBe('"Box insert, ""spring"" run"');
    }
    expect(batch).toMatchObject({ size: 5, used: 0, revoked: 0 });
    const stored = await hearth.ctx.database.sql.query<{ code_hash: string }>(
      'select code_hash from invitations where batch_id = $1',
      [batch.id],
    );
    expect(stored.rows).toHaveLength(5);
    expect(stored.rows.map((r) => r.code_hash)).not.toContain(codesOf(csv)[0]);
  });

  it('admits one person per code however it is typed; a reused code is refused with nothing written', async () => {
    const { batch, csv } = await makeBatch({ name: 'Receipts', count: 3 });
    const [code = ''] = codesOf(csv);
    expect((await signUp(code.toLowerCase().replaceAll('-', ' '))).status).toBe(201);
    const before = { users: await count('users'), uses: await count('invitation_uses') };
    const again = await signUp(code);
    expect([again.status, again.code]).toEqual([409, 'AUTH_INVITATION_USED_UP']);
    expect({ users: await count('users'), uses: await count('invitation_uses') }).toEqual(before);
    const listed = (await manager.get('/api/admin/invitation-batches')).json<{ items: Batch[] }>();
    expect(listed.items.find((item) => item.id === batch.id)).toMatchObject({ size: 3, used: 1 });
    const links = (await manager.get('/api/admin/invitations')).json<{ items: unknown[] }>();
    expect(links.items).toHaveLength(0);
  });

  it('revokes the unused codes of a whole batch', async () => {
    const { batch, csv } = await makeBatch({ name: 'Leaked run', count: 4 });
    const [first = '', second = ''] = codesOf(csv);
    expect((await signUp(first)).status).toBe(201);
    const revoked = await manager.delete(`/api/admin/invitation-batches/${batch.id}`);
    expect(revoked.json<{ batch: Batch }>().batch).toMatchObject({ used: 1, revoked: 3 });
    expect((await signUp(second)).code).toBe('AUTH_INVITATION_REVOKED');
  });

  it('makes 10,000 codes in one quick request', async () => {
    const started = performance.now();
    const { batch, csv } = await makeBatch({ name: 'Big print run', count: 10_000 });
    const took = performance.now() - started;
    expect(batch.size).toBe(10_000);
    expect(new Set(codesOf(csv)).size).toBe(10_000);
    expect(took).toBeLessThan(15_000);
  });
});
