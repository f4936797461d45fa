import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { demoLogins } from '../modules/system/index.ts';
import { startTestHearth, type TestHearth } from '../../test/support/test-hearth.ts';
import { seedDemo } from './seed.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth({ demo: true });
});
afterAll(() => hearth.dispose());

describe('the demo community', () => {
  it('is seeded once into an empty database, and every printed login works with its role', async () => {
    expect(await seedDemo(hearth.ctx, 6)).toBe(true);
    expect(await seedDemo(hearth.ctx, 6)).toBe(false);
    const site = (await hearth.client().get('/api/site')).json<{
      demo: boolean;
      demoLogins: typeof demoLogins;
    }>();
    expect(site.demo).toBe(true);
    expect(site.demoLogins.map((l) => l.role)).toEqual(['admin', 'manager', 'agent', 'moderator', 'member']);
    for (const login of site.demoLogins) {
      const response = await hearth.client().signIn(login.email, login.password);
      expect(response.json<{ user: { role: string } }>().user.role).toBe(login.role);
    }
    const { rows } = await hearth.ctx.database.sql.query<{ n: number }>(
      "select count(*)::int as n from users where role = 'member'",
    );
    expect(rows[0]?.n).toBe(7);
  });

  it('lists no logins when the demo is off', async () => {
    const quiet = await startTestHearth({ demo: false });
    expect((await quiet.client().get('/api/site')).json()).toMatchObject({ demo: false, demoLogins: [] });
    await quiet.dispose();
  });
});
