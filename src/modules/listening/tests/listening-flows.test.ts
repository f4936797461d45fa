import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { signatureHeaderValue } from '../../inbox/index.ts';

const clock = fixedClock(new Date('2026-11-20T10:00:00Z'));
let hearth: TestHearth;
let admin: TestClient;
let agent: TestClient;
let member: TestClient;
let source: { id: string; endpoint: string; secret: string };
let ruleId = '';

interface Item {
  id: string;
  text: string;
  intent: string;
  sentimentLabel: string;
  rules: { id: string; name: string }[];
  conversationId: string | null;
  why: {
    sentimentDrivers: { word: string; weight: number }[];
    intentCue: string | null;
    routedBecause: string | null;
  };
}

function post(body: unknown, options: { secret?: string; at?: number; raw?: string } = {}) {
  const raw = options.raw ?? JSON.stringify(body);
  const t = Math.floor((options.at ?? clock.now().getTime()) / 1000);
  return hearth.client().request('POST', `/api/listening/sources/${source.id}/mentions`, {
    rawBody: raw,
    headers: {
      'content-type': 'application/json',
      'hearth-signature': signatureHeaderValue(options.secret ?? source.secret, t, raw),
    },
    csrf: false,
  });
}

const mentions = [
  {
    id: 'tw-1',
    platform: 'twitter',
    text: 'Three weeks waiting for a refund from Lumo. Worst support ever, this is unacceptable.',
    author: { handle: '@dana_k', name: 'Dana K' },
    publishedAt: '2026-11-20T09:55:00Z',
  },
  {
    id: 'tw-2',
    platform: 'twitter',
    text: 'The Lumo X2 set up in two minutes, love it!',
    author: { handle: 'sam' },
    publishedAt: '2026-11-20T09:56:00Z',
  },
  {
    id: 'tw-3',
    platform: 'twitter',
    text: 'Nice weather for a walk today.',
    publishedAt: '2026-11-20T09:57:00Z',
  },
];

beforeAll(async () => {
  hearth = await startTestHearth({}, { clock });
  [admin, agent, member] = [hearth.client(), hearth.client(), hearth.client()];
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, agent, 'agent');
  await signedIn(hearth.ctx, member, 'member');
  const rule = await admin.post('/api/listening/rules', {
    name: 'Lumo',
    category: 'brand',
    query: 'lumo OR "lumo x2" -jobs',
  });
  expect(rule.status, rule.body).toBe(200);
  ruleId = rule.json<{ id: string }>().id;
  const created = await admin.post('/api/listening/sources', { kind: 'webhook', name: 'Social monitor' });
  expect(created.status, created.body).toBe(200);
  source = created.json();
  await hearth.ctx.jobs.drain();
});

afterAll(() => hearth.dispose());

describe('webhook source', () => {
  it('stores a signed batch once, enriched and matched, and opens a conversation for the complaint', async () => {
    expect(source.endpoint).toBe(
      `${hearth.ctx.config.publicUrl}/api/listening/sources/${source.id}/mentions`,
    );
    expect(source.secret).toMatch(/^whsec_/);
    const first = await post({ mentions });
    expect(first.status, first.body).toBe(202);
    expect(first.json()).toEqual({ received: 3, stored: 3, duplicates: 0, empty: 0, routed: 1 });
    await hearth.ctx.jobs.drain();

    const stream = await agent.get('/api/listening/items');
    const items = stream.json<{ items: Item[] }>().items;
    expect(items.map((item) => item.text.slice(0, 12))).toEqual([
      'Nice weather',
      'The Lumo X2 ',
      'Three weeks ',
    ]);
    const complaint = items[2] as Item;
    expect(complaint).toMatchObject({ intent: 'complaint', sentimentLabel: 'negative' });
    expect(complaint.rules).toEqual([{ id: ruleId, name: 'Lumo' }]);
    expect(complaint.why.sentimentDrivers.map((driver) => driver.word.toLowerCase())).toContain('worst');
    expect(complaint.why.routedBecause).toContain('Lumo');
    expect(items[1]?.rules).toHaveLength(1);
    expect(items[1]).toMatchObject({ intent: 'praise', conversationId: null });
    expect(items[0]?.rules).toEqual([]);

    const conversation = await agent.get(`/api/inbox/conversations/${complaint.conversationId}`);
    expect(conversation.status, conversation.body).toBe(200);
    expect(
      conversation.json<{ conversation: { channel: string; contact: { name: string } } }>().conversation,
    ).toMatchObject({
      channel: 'listening',
      contact: { name: 'Dana K' },
    });
  });

  it('refuses a replayed request, and stores a mention sent again in a new request only once', async () => {
    const raw = JSON.stringify({ mentions: mentions.slice(0, 1) });
    const at = clock.now().getTime() - 1000;
    const again = await post(null, { raw, at });
    expect(again.status, again.body).toBe(202);
    expect(again.json()).toMatchObject({ stored: 0, duplicates: 1 });
    const replay = await post(null, { raw, at });
    expect(replay.status).toBe(409);
    expect(replay.json<{ error: { code: string } }>().error.code).toBe('SOURCE_SIGNATURE_REPLAYED');
  });

  it('answers 401 for a wrong secret or a stale timestamp and 400 for a mention without text', async () => {
    expect((await post(mentions[0], { secret: 'whsec_wrong' })).status).toBe(401);
    const stale = await post(mentions[0], { at: clock.now().getTime() - 10 * 60_000 });
    expect(stale.status).toBe(401);
    expect(stale.json<{ error: { message: string } }>().error.message).toContain('too old');
    const bad = await post({ mentions: [{ id: 'x', title: 'no text' }] });
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    const page = await agent.get('/api/listening/items?limit=100');
    expect(page.json<{ items: Item[] }>().items).toHaveLength(3);
  });
});

describe('inbox hand-off in a spike', () => {
  it('sends at most the hourly cap per rule to the inbox; the rest stay in the stream, saying why', async () => {
    const capped = await admin.patch('/api/listening/settings', { inboxPerRulePerHour: 3 });
    expect(capped.json()).toMatchObject({ inboxPerRulePerHour: 3 });
    const complaints = Array.from({ length: 4 }, (_, i) => ({
      id: `cap-${i}`,
      text: `Lumo lost my delivery again, awful service (${i})`,
      publishedAt: '2026-11-20T09:58:00Z',
    }));
    const posted = await post({ mentions: complaints });
    // One complaint went to the inbox in the first test, in the same hour.
    expect(posted.json()).toMatchObject({ stored: 4, routed: 2 });
    await hearth.ctx.jobs.drain();
    const held = await agent.get('/api/listening/items?q=awful&routed=no');
    const items = held.json<{ items: Item[] }>().items.filter((item) => item.text.includes('('));
    expect(items).toHaveLength(2);
    expect(items[0]?.why).toMatchObject({
      routedBecause: null,
      heldBack: expect.stringContaining('3 mentions of "Lumo"'),
    });
    await admin.patch('/api/listening/settings', { inboxPerRulePerHour: 60 });
  });
});

describe('stream and rules', () => {
  it('searches and filters the stream', async () => {
    const search = await agent.get('/api/listening/items?q=refund');
    expect(search.json<{ items: Item[] }>().items.map((item) => item.id)).toHaveLength(1);
    const byRule = await agent.get(`/api/listening/items?ruleId=${ruleId}&intent=praise`);
    expect(byRule.json<{ items: Item[] }>().items.map((item) => item.intent)).toEqual(['praise']);
    // Walking the pages by cursor sees every mention once: 3 + 4 from the spike test.
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await agent.get(`/api/listening/items?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const body = page.json<{ items: Item[]; nextCursor: string | null }>();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('counts what the filters match, and refuses a filter it cannot read', async () => {
    const count = (query: string) => agent.get(`/api/listening/items/count${query}`);
    expect((await count('')).json()).toEqual({ count: 7, more: false });
    expect((await count('?q=refund')).json()).toEqual({ count: 1, more: false });
    expect((await count(`?ruleId=${ruleId}&intent=praise`)).json()).toEqual({ count: 1, more: false });
    expect((await count('?from=2030-01-01T00:00:00Z')).json()).toEqual({ count: 0, more: false });
    const bad = await count('?ruleId=not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { code: string; fields: { path: string }[] } }>().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ path: 'querystring.ruleId' })],
    });
  });

  it('re-runs an edited rule over history: only what the new query matches stays tagged', async () => {
    const edited = await admin.patch(`/api/listening/rules/${ruleId}`, { query: '"lumo x2"' });
    expect(edited.status, edited.body).toBe(200);
    await hearth.ctx.jobs.drain();
    const tagged = await agent.get(`/api/listening/items?ruleId=${ruleId}`);
    expect(tagged.json<{ items: Item[] }>().items.map((item) => item.text.slice(0, 11))).toEqual([
      'The Lumo X2',
    ]);
    const rules = await agent.get('/api/listening/rules');
    expect(rules.json<{ matchCount: number; rerunAt: string | null }[]>()[0]).toMatchObject({
      matchCount: 1,
    });
  });

  it('explains a query it cannot read, with the position', async () => {
    const check = await admin.post('/api/listening/rules/check', { query: 'lumo AND (x2 OR' });
    expect(check.json()).toMatchObject({ ok: false });
    const bad = await admin.post('/api/listening/rules', {
      name: 'Broken',
      category: 'brand',
      query: '"lumo',
    });
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { code: string; fields: { path: string }[] } }>().error).toMatchObject({
      code: 'WATCH_QUERY_INVALID',
      fields: [{ path: 'query' }],
    });
  });

  it('lets agents read but not configure, and members neither', async () => {
    expect(
      (await agent.post('/api/listening/rules', { name: 'X', category: 'topic', query: 'x' })).status,
    ).toBe(403);
    expect((await agent.post('/api/listening/sources', { kind: 'webhook', name: 'X' })).status).toBe(403);
    expect((await member.get('/api/listening/items')).status).toBe(403);
    expect((await member.get('/api/listening/alerts')).status).toBe(403);
    expect((await hearth.client().get('/api/listening/items')).status).toBe(401);
  });
});
