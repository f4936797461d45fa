import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOverHttp } from '../../src/cli/import-command.ts';
import { signedIn } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
let url = '';
let token = '';

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  url = await hearth.app.listen({ port: 0, host: '127.0.0.1' });
  const created = await admin.post('/api/me/tokens', { name: 'import', scope: 'write' });
  expect(created.status, created.body).toBe(201);
  token = created.json<{ secret: string }>().secret;
});

afterAll(() => hearth.dispose());

describe('hearth import mentions --url', () => {
  it('streams a JSON-lines file to a running Hearth over real HTTP and reports bad lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-import-'));
    const file = join(dir, 'mentions.jsonl');
    const lines = Array.from({ length: 2_500 }, (_, i) =>
      JSON.stringify({ id: `m-${i}`, text: `Mention number ${i} about the Lumo app`, platform: 'forum' }),
    );
    lines.splice(10, 0, '{ broken');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await importOverHttp(file, 'jsonl', { url, token, source: 'Forum archive' });
    expect(report).toMatchObject({ rows: 2_501, stored: 2_500, invalid: 1, errors: [{ line: 11 }] });
    const again = await importOverHttp(file, 'jsonl', { url, token, source: 'Forum archive' });
    expect(again).toMatchObject({ stored: 0, duplicates: 2_500 });
    await expect(importOverHttp(file, 'jsonl', { url, token: 'hth_wrong', source: 'x' })).rejects.toThrow();
  });

  it('ends a refused upload of a big file: the error is shown and no connection stays busy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-import-'));
    const file = join(dir, 'big.jsonl');
    const line = JSON.stringify({ text: 'A long mention about the Lumo app '.repeat(20) });
    writeFileSync(file, `${Array.from({ length: 20_000 }, () => line).join('\n')}\n`);
    await expect(importOverHttp(file, 'jsonl', { url, token: 'hth_wrong', source: 'x' })).rejects.toThrow(
      'The API token is unknown, revoked, or malformed.',
    );
    const openConnections = () =>
      new Promise<number>((resolve) => {
        hearth.app.server.closeIdleConnections();
        hearth.app.server.getConnections((_error, count) => resolve(count));
      });
    await expect.poll(openConnections, { timeout: 5_000 }).toBe(0);
  });
});
