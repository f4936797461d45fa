import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { importMentions, importSource } from '../index.ts';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';

const clock = fixedClock(new Date('2026-11-20T10:00:00Z'));
let hearth: TestHearth;
let admin: TestClient;
let agent: TestClient;

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  [admin, agent] = [hearth.client(), hearth.client()];
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, agent, 'agent');
});

afterAll(() => hearth.dispose());

interface Report {
  rows: number;
  stored: number;
  duplicates: number;
  invalid: number;
  errors: { line: number; error: string }[];
}

const upload = (client: TestClient, body: string | Buffer, type: string, source = 'Reviews export') =>
  client.request('POST', `/api/listening/imports?source=${encodeURIComponent(source)}`, {
    rawBody: body,
    headers: { 'content-type': type },
  });

describe('bulk import', () => {
  const csv = [
    'Body,Author,Handle,URL,Date,Platform',
    '"Lumo X2 stopped working after a week, want a refund",Ana,ana_b,https://reviews.example/1,2026-11-18 09:00:00,reviews',
    ',Empty,,https://reviews.example/2,2026-11-18 10:00:00,reviews',
    '"Great range, ""best router"" I have had",Ben,,https://reviews.example/3,not a date,reviews',
    '"Setup was easy,\nand the app is clear",Cy,,https://reviews.example/4,2026-11-18T11:00:00Z,reviews',
  ].join('\n');

  it('imports a CSV, lists bad rows by line and keeps the rest; a second import stores nothing twice', async () => {
    const bad = Buffer.concat([
      Buffer.from('\n"Caf'),
      Buffer.from([0xe9, 0x20]),
      Buffer.from('bad bytes",Dee,,,,\n'),
    ]);
    const first = await upload(admin, Buffer.concat([Buffer.from(csv), bad]), 'text/csv');
    expect(first.status, first.body).toBe(200);
    const report = first.json<Report>();
    expect(report).toMatchObject({ rows: 5, stored: 2, duplicates: 0, invalid: 3 });
    expect(report.errors).toEqual([
      { line: 3, error: expect.stringContaining('text') },
      { line: 4, error: expect.stringContaining('publishedAt') },
      { line: 7, error: 'the row is not valid UTF-8 text' },
    ]);
    const again = await upload(admin, csv, 'text/csv');
    expect(again.json<Report>()).toMatchObject({ stored: 0, duplicates: 2 });

    const items = await agent.get('/api/listening/items?q=refund');
    expect(
      items.json<{ items: { platform: string; author: { handle: string }; publishedAt: string }[] }>().items,
    ).toEqual([
      expect.objectContaining({
        platform: 'reviews',
        author: expect.objectContaining({ handle: 'ana_b' }),
        publishedAt: '2026-11-18T09:00:00.000Z',
      }),
    ]);
  });

  it('imports JSON lines, reporting a broken line and an oversize text', async () => {
    const lines = [
      JSON.stringify({ id: 'j1', text: 'Lumo mesh is solid', platform: 'forum' }),
      '{"id": "j2", "text": ',
      JSON.stringify({ id: 'j3', text: 'x'.repeat(100_001) }),
      '',
      JSON.stringify({ id: 'j4', text: 'Where can I buy the Lumo X3?' }),
    ].join('\n');
    const response = await upload(admin, lines, 'application/x-ndjson', 'Forum export');
    expect(response.json<Report>()).toMatchObject({
      rows: 4,
      stored: 2,
      invalid: 2,
      errors: [
        { line: 2, error: 'the line is not valid JSON' },
        { line: 3, error: expect.stringContaining('100,000') },
      ],
    });
  });

  it('stores text with control characters and broken surrogate pairs cleaned, in every field', async () => {
    const line = JSON.stringify({
      id: 'j5\u0000\ud800',
      text: 'Lumo\u0000 X2 \ud800runs hot\u0007',
      author: { name: 'A\u0001na \udc00', handle: 'ana\u0000_b' },
    });
    const response = await upload(admin, line, 'application/x-ndjson', 'Messy export');
    expect(response.json<Report>()).toMatchObject({ rows: 1, stored: 1, invalid: 0 });
    const items = await agent.get('/api/listening/items?q=hot');
    const [item] = items.json<{ items: { text: string; author: { name: string; handle: string } }[] }>()
      .items;
    expect(item).toMatchObject({
      text: 'Lumo X2 \ufffdruns hot',
      author: { name: 'Ana \ufffd', handle: 'ana_b' },
    });
    const again = await upload(admin, line, 'application/x-ndjson', 'Messy export');
    expect(again.json<Report>()).toMatchObject({ stored: 0, duplicates: 1 });
  });

  it('refuses an unknown format, a CSV without a text column, and agents', async () => {
    expect((await upload(admin, 'x', 'application/pdf')).json<{ error: { code: string } }>().error.code).toBe(
      'IMPORT_FORMAT_UNKNOWN',
    );
    const header = await upload(admin, 'name,when\nAna,today', 'text/csv');
    expect(header.status).toBe(400);
    expect(header.json<{ error: { code: string } }>().error.code).toBe('IMPORT_HEADER_INVALID');
    expect((await upload(agent, csv, 'text/csv')).status).toBe(403);
  });
});

describe('a file that breaks off', () => {
  it('keeps every batch already under way, then reports the break', async () => {
    const source = await importSource(hearth.ctx, 'Broken export');
    async function* rows() {
      for (let line = 1; line <= 2_500; line += 1)
        yield { line, mention: { externalId: `broken-${line}`, text: `Mention ${line} of the Lumo X2` } };
      throw new Error('the disk went away');
    }
    const progress: number[] = [];
    await expect(
      importMentions(hearth.ctx, source, rows(), (report) => progress.push(report.stored)),
    ).rejects.toThrow('the disk went away');
    const stored = await hearth.ctx.database.sql.query<{ n: number }>(
      'select count(*)::int as n from listening_items where source_id = $1',
      [source.id],
    );
    // Two full batches of 1,000 were sent before the break; both are stored and were reported.
    expect(stored.rows[0]?.n).toBe(2_000);
    expect(progress).toEqual([1_000, 2_000]);
  });
});
