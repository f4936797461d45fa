import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchFromConsole } from '../../src/cli/invitations-command.ts';
import { createPersona } from '../support/personas.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

describe('hearth invitations batch', () => {
  it('writes the CSV of a new batch, recorded as the named manager (or the first admin)', async () => {
    const manager = await createPersona(hearth.ctx, 'manager');
    await expect(batchFromConsole(hearth.ctx, { count: '3', name: 'Receipts', days: '30' })).rejects.toThrow(
      'There is no active admin yet.',
    );
    const csv = await batchFromConsole(hearth.ctx, {
      count: '3',
      name: 'Receipts',
      days: '30',
      by: manager.email,
    });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('code,url,expires_at,batch');
    expect(lines.slice(1).map((line) => line.split(',')[3])).toEqual(['Receipts', 'Receipts', 'Receipts']);
    const { rows } = await hearth.ctx.database.sql.query<{ created_by: string }>(
      "select created_by from invitation_batches where name = 'Receipts'",
    );
    expect(rows).toEqual([{ created_by: manager.id }]);
    await expect(batchFromConsole(hearth.ctx, { count: '0', name: 'None', days: 'x' })).rejects.toThrow(
      /--count: Make at least one code\.\n--days:/,
    );
  });
});
