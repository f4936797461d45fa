import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { similarThreads } from '../queries/search.ts';
import { corpusStats, forgetCorpusStats } from './corpus.ts';
import { parseTsvector } from './tsvector.ts';

let hearth: TestHearth;
let admin: TestClient;
let member: TestClient;
const ids = new Map<string, string>();

interface Item {
  id: string;
  title: string;
  score: number;
}

async function post(client: TestClient, space: string, title: string, body: string): Promise<string> {
  const response = await client.post('/api/threads', { space, title, body });
  expect(response.status, response.body).toBe(201);
  return response.json<{ thread: { id: string } }>().thread.id;
}

async function similar(query: string): Promise<Item[]> {
  const response = await member.get(`/api/similar?${query}`);
  expect(response.status, response.body).toBe(200);
  return response.json<{ items: Item[] }>().items;
}

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  member = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, member, 'member');
  for (const [slug, kind] of [
    ['help', 'questions'],
    ['complaints', 'complaints'],
  ] as const) {
    const space = await admin.post('/api/admin/spaces', { name: slug, slug, kind });
    expect(space.status, space.body).toBe(201);
  }
  const threads: [string, string, string][] = [
    ['licence', 'Renewing a driving licence: which office?', 'Which traffic office renews a licence?'],
    ['documents', 'Documents for licence renewal', 'What should I bring to renew it?'],
    ['rental', 'Car rental prices', 'How much is a monthly car rental? Do I need a local licence?'],
    ['pizza', 'Best pizza near the harbour', 'Any good pizza place by the water?'],
    ['gym', 'Gym with a swimming pool', 'An affordable gym with a pool, open late?'],
    ['quotes', "O'Brien's café: is it open on Sundays?", 'Path C:\\temp\\menu says "closed"'],
  ];
  for (const [key, title, body] of threads) ids.set(key, await post(admin, 'help', title, body));
  ids.set(
    'private',
    await post(member, 'complaints', 'My licence renewal was refused', 'The office refused it.'),
  );
});
afterAll(() => hearth.dispose());

describe('similar questions', () => {
  it('ranks the thread that asks the same first, with scores in [0, 1), and leaves out private threads', async () => {
    const items = await similar(`title=${encodeURIComponent('Where do I renew my driving licence?')}`);
    expect(items[0]?.id).toBe(ids.get('licence'));
    expect(items.map((item) => item.id)).toContain(ids.get('documents'));
    expect(items.map((item) => item.id)).not.toContain(ids.get('private'));
    expect(items.map((item) => item.id)).not.toContain(ids.get('pizza'));
    for (const item of items) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThan(1);
    }
    const scores = items.map((item) => item.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(await similar('title=the')).toEqual([]);
  });

  it('with `among`, scores exactly those threads as a free search does, equal scores in the given order', async () => {
    const scope = { spaceIds: await spaceIds(), privateVisibleTo: 'none' as const };
    const text = 'Where do I renew my driving licence?';
    const free = await similarThreads(hearth.ctx.database.db, { ...scope, text, limit: 20 });
    const among = [ids.get('pizza'), ids.get('rental'), ids.get('licence')].map(String);
    const restricted = await similarThreads(hearth.ctx.database.db, { ...scope, text, limit: 20, among });
    expect(restricted.map((row) => row.threadId)).toEqual([ids.get('licence'), ids.get('rental')]);
    for (const row of restricted)
      expect(row.score).toBe(free.find((other) => other.threadId === row.threadId)?.score);
    const twice = [ids.get('gym'), ids.get('gym')].map(String);
    expect(
      (await similarThreads(hearth.ctx.database.db, { ...scope, text: 'gym', limit: 5, among: twice }))
        .length,
    ).toBe(1);
  });

  it("reads Postgres' own tsvector text, quotes and backslashes included", async () => {
    const { rows } = await hearth.ctx.database.sql.query<{ v: string }>(
      `select $$'it''s':1A,3 'c:\\\\temp':2B 'plain'$$::tsvector::text as v`,
    );
    expect([...parseTsvector(rows[0]?.v ?? '')]).toEqual([
      ['c:\\temp', { title: 0, text: 1 }],
      ["it's", { title: 1, text: 1 }],
      ['plain', { title: 0, text: 1 }],
    ]);
    const items = await similar(`title=${encodeURIComponent("O'Brien's café on Sundays")}`);
    expect(items[0]?.id).toBe(ids.get('quotes'));
  });

  it('keeps its word statistics fresh as threads are added, without making a caller wait', async () => {
    const db = hearth.ctx.database.db;
    forgetCorpusStats(db);
    const before = await corpusStats(db, 0);
    expect(before.documentFrequency.get('marina')).toBeUndefined();
    expect(await similar('title=marina%20parking')).toEqual([]);
    const id = await post(
      admin,
      'help',
      'Parking at the marina',
      'Where can I park near the marina at night?',
    );
    // The stale statistics still answer at once (the pool comes from the index, not from them)…
    expect((await similar('title=marina%20parking'))[0]?.id).toBe(id);
    // …while fresh ones are computed for the next callers.
    await vi.waitFor(async () => {
      const after = await corpusStats(db, before.documents + 1);
      expect(after.documents).toBe(before.documents + 1);
      expect(after.documentFrequency.get('marina')).toBe(1);
    });
  });
});

async function spaceIds(): Promise<string[]> {
  const { rows } = await hearth.ctx.database.sql.query<{ id: string }>(
    `select id from spaces where slug = 'help'`,
  );
  return rows.map((row) => row.id);
}
