import { afterEach, describe, expect, it } from 'vitest';
import { PreparePool, pooledBatchMin } from './prepare-pool.ts';
import { prepareMention } from './prepare.ts';
import type { RuleRow } from './queries/rules.ts';
import { compileWatchQuery, parseWatchQuery } from './query/index.ts';
import { matchersOf, type LiveRule } from './rule-cache.ts';
import type { IncomingMention } from './types.ts';

function rule(id: string, source: string, updatedAt = new Date('2026-11-01T00:00:00Z')): LiveRule {
  const parsed = parseWatchQuery(source);
  if (!parsed.ok) throw new Error(parsed.message);
  const row = { id, compiled: parsed.query, updatedAt } as unknown as RuleRow;
  return { row, compiled: compileWatchQuery(parsed.query) };
}

const source = {
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'Reviews',
  kind: 'import',
  platform: 'reviews',
};
const now = new Date('2026-11-20T10:00:00Z');
const texts = [
  'My Lumo X2 runs hot and the app crashes, I want a refund',
  'Loving the new Lumo mesh kit, best range ever!',
  'Does the Brightwave hub support WPA3?',
  'El router Lumo X2 funciona muy bien, gracias',
  '',
];

function mentions(count: number): IncomingMention[] {
  return Array.from({ length: count }, (_, n) => ({
    externalId: n % 10 === 9 ? null : `m-${n}`,
    text: texts[n % texts.length] as string,
    title: n % 7 === 0 ? 'About my router' : null,
    author: { handle: `@user${n % 13}`, email: n % 5 === 0 ? `User${n}@Example.com` : null },
    url: n % 3 === 0 ? `https://reviews.example/${n}?utm_source=x#top` : null,
    publishedAt: new Date(now.getTime() - n * 60_000),
  }));
}

/** Everything but the new id, which is random wherever it is made. */
function withoutIds(prepared: ReturnType<typeof prepareMention>[]) {
  return prepared.map((item) => (item ? { ...item, row: { ...item.row, id: 'id' } } : null));
}

const pools: PreparePool[] = [];
function pool(size: number): PreparePool {
  const made = new PreparePool(size);
  pools.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((made) => made.close()));
});

describe('the prepare pool', () => {
  const rules = [
    rule('r-lumo', 'lumo'),
    rule('r-refund', 'refund OR "charged twice"'),
    rule('r-es', 'lang:es'),
  ];
  const batch = mentions(pooledBatchMin * 2);
  const inPlace = withoutIds(batch.map((mention) => prepareMention(mention, source, matchersOf(rules), now)));

  it('prepares a large batch on a worker exactly as in place, rules matched', async () => {
    const workers = pool(1);
    const prepared = await workers.prepare(batch, source, rules, now);
    expect(workers.running).toBe(1);
    expect(withoutIds(prepared)).toEqual(inPlace);
    expect(prepared[0]?.row.ruleIds).toEqual(['r-lumo', 'r-refund']);
    expect(prepared[4]).toBeNull();
    expect(prepared[0]?.row.publishedAt).toBeInstanceOf(Date);
  });

  it('follows a rule change, and keeps small batches and a pool of none in place', async () => {
    const workers = pool(1);
    await workers.prepare(batch, source, rules, now);
    const changed = [rule('r-lumo', 'brightwave', new Date('2026-11-02T00:00:00Z'))];
    const again = await workers.prepare(batch, source, changed, now);
    expect(again[2]?.row.ruleIds).toEqual(['r-lumo']);
    expect(again[0]?.row.ruleIds).toEqual([]);

    const fresh = pool(1);
    await fresh.prepare(batch.slice(0, pooledBatchMin - 1), source, rules, now);
    expect(fresh.running).toBe(0);
    const none = pool(0);
    expect(withoutIds(await none.prepare(batch, source, rules, now))).toEqual(inPlace);
    expect(none.running).toBe(0);
  });

  it('prepares in place the batches of a pool closed under them, and every batch after', async () => {
    const workers = pool(2);
    const underway = [0, 1, 2].map(() => workers.prepare(batch, source, rules, now));
    await workers.close();
    for (const prepared of await Promise.all(underway)) expect(withoutIds(prepared)).toEqual(inPlace);
    expect(withoutIds(await workers.prepare(batch, source, rules, now))).toEqual(inPlace);
    expect(workers.running).toBe(0);
  });
});
