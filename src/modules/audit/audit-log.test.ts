import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/paths.ts';
import { migrateDatabase, openPglite, type Database } from '../../db/index.ts';
import { createPersona, signedIn } from '../../../test/support/personas.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';
import { recordAuditEvent } from './index.ts';
import { systemClock } from '../../core/clock.ts';

const run = promisify(execFile);
let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

interface AuditItem {
  id: number;
  action: string;
  actor: { name: string } | null;
  ip: string | null;
  targetId: string | null;
}

describe('audit log', () => {
  it('records auth events and admin actions with actor, target, time and IP, newest first', async () => {
    const admin = hearth.client();
    const me = await signedIn(hearth.ctx, admin, 'admin');
    const member = await createPersona(hearth.ctx, 'member');
    await admin.post(`/api/admin/users/${member.id}/suspend`, { reason: 'audit test' });
    await hearth.client().signIn(member.email, 'wrong password');
    const page = (await admin.get('/api/admin/audit?limit=2')).json<{
      items: AuditItem[];
      nextCursor: string;
    }>();
    expect(page.items.map((i) => i.action)).toEqual(['auth.signin_failed', 'admin.user_suspended']);
    expect(page.items[1]).toMatchObject({ actor: { name: me.name }, ip: admin.ip, targetId: member.id });
    const older = (await admin.get(`/api/admin/audit?limit=2&cursor=${page.nextCursor}`)).json<{
      items: AuditItem[];
      nextCursor: null;
    }>();
    expect(older.items.map((i) => i.action)).toEqual(['auth.signin']);
    expect(older.nextCursor).toBeNull();
    expect((await admin.post('/api/admin/audit/verify')).json()).toMatchObject({ ok: true, brokenAt: null });
  });

  it('verify finds an edited row and a deleted row', async () => {
    const admin = hearth.client();
    await signedIn(hearth.ctx, admin, 'admin');
    const sql = hearth.ctx.database.sql;
    const { rows } = await sql.query<{ id: number }>('select id from audit_events order by id');
    const victim = rows[1]?.id;
    await sql.query(`update audit_events set ip = '203.0.113.9' where id = $1`, [victim]);
    expect((await admin.post('/api/admin/audit/verify')).json()).toMatchObject({
      ok: false,
      brokenAt: victim,
      reason: 'the row was edited',
    });
    await sql.query('delete from audit_events where id = $1', [victim]);
    expect((await admin.post('/api/admin/audit/verify')).json()).toMatchObject({
      ok: false,
      brokenAt: rows[2]?.id,
    });
  });
});

describe('hearth audit verify (CLI)', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-audit-'));
    database = await openPglite(dir);
    await migrateDatabase(database, null);
    for (let n = 0; n < 5; n++) {
      await database.transaction((tx) =>
        recordAuditEvent(tx, systemClock, { actorId: null, action: `test.${n}`, ip: null, data: { n } }),
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const verify = async () => {
    await database.close();
    const result = await run(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'src/cli/index.ts'), 'audit', 'verify'],
      {
        env: { ...process.env, HEARTH_DATA_DIR: dir, DATABASE_URL: '' },
      },
    ).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    database = await openPglite(dir);
    return {
      code: result.code,
      report: JSON.parse(result.stdout) as { ok: boolean; checked: number; brokenAt: number | null },
    };
  };

  it('exits 0 on an intact log and 1 naming the first bad row after tampering', async () => {
    expect(await verify()).toEqual({ code: 0, report: expect.objectContaining({ ok: true, checked: 5 }) });
    await database.sql.query(`update audit_events set data = '{"n": 99}' where action = 'test.3'`);
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.report).toMatchObject({ ok: false, brokenAt: 4 });
    await database.close();
  }, 60_000);
});
