import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHearth, type TestHearth } from '../../test/support/test-hearth.ts';
import { vacuumAnalyze } from './maintenance.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

describe('database maintenance', () => {
  it('gives the planner statistics for the forum tables', async () => {
    await vacuumAnalyze(hearth.ctx.database);
    const { rows } = await hearth.ctx.database.sql.query<{ analyzed: boolean }>(
      `select coalesce(last_analyze, last_autoanalyze) is not null as analyzed
         from pg_stat_user_tables where relname = 'threads'`,
    );
    expect(rows[0]?.analyzed).toBe(true);
  });
});
