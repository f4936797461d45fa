import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { verifySignature } from '../../inbox/index.ts';
import { findSource } from '../queries/sources.ts';
import { checkSpikes } from '../use-cases/check-spikes.ts';
import { ingestMentions } from '../use-cases/ingest-mentions.ts';
import type { IncomingMention } from '../types.ts';

const start = new Date('2026-11-16T00:00:00Z');
const clock = fixedClock(start);
const minute = 60_000;
let hearth: TestHearth;
let manager: TestClient;
let receiver: Server;
const deliveries: { headers: IncomingMessage['headers']; body: string }[] = [];

const everyday = [
  'Set up my Lumo mesh at the weekend, works fine',
  'Is the Lumo app available on tablets?',
  'Lumo support sorted my billing question quickly',
  'Thinking about a Lumo router for the new flat',
];

function background(at: Date, count: number, seq: number): IncomingMention[] {
  return Array.from({ length: count }, (_, i) => ({
    externalId: `bg-${seq}-${i}`,
    text: everyday[(seq + i) % everyday.length] ?? '',
    author: { handle: `user${(seq * 7 + i) % 300}` },
    platform: 'twitter',
    publishedAt: new Date(at.getTime() + i * 1000),
  }));
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hearth = await startTestHearth({}, { clock });
  manager = hearth.client();
  await signedIn(hearth.ctx, manager, 'manager');
  const rule = await manager.post('/api/listening/rules', {
    name: 'Lumo',
    category: 'brand',
    query: 'lumo',
    inbox: 'never',
  });
  expect(rule.status, rule.body).toBe(200);
  const settings = await manager.patch('/api/listening/settings', {
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/alerts`,
  });
  expect(settings.status, settings.body).toBe(200);
});

afterAll(async () => {
  await hearth.dispose();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('spike alerts', () => {
  it('learns three quiet days, then alerts on a burst about a battery fire, explained and delivered', async () => {
    const created = await manager.post('/api/listening/sources', { kind: 'webhook', name: 'Social monitor' });
    const source = await findSource(hearth.ctx.database.db, created.json<{ id: string }>().id);
    if (!source) throw new Error('no source');
    const webhookSecret = (await manager.get('/api/listening/settings')).json<{
      webhookSecretSet: boolean;
    }>();
    expect(webhookSecret.webhookSecretSet).toBe(true);

    // Three days with a gentle daily rhythm: 1–3 mentions per five minutes, none at night.
    // Delivered an hour at a time, with checks every six hours as the clock moves on.
    let hourly: IncomingMention[] = [];
    for (let t = 0, seq = 0; t < 3 * 24 * 60; t += 5, seq += 1) {
      const at = new Date(start.getTime() + t * minute);
      const count = at.getUTCHours() < 7 ? 0 : 1 + (seq % 3);
      if (count > 0) hourly.push(...background(at, count, seq));
      if ((t + 5) % 60 !== 0) continue;
      clock.set(new Date(at.getTime() + 4 * minute));
      if (hourly.length > 0) await ingestMentions(hearth.ctx, source, hourly);
      hourly = [];
      if ((t + 5) % 360 === 0) expect(await checkSpikes(hearth.ctx)).toEqual([]);
    }
    clock.set(new Date(start.getTime() + 3 * 24 * 60 * minute + 10 * 60 * minute));
    expect(await checkSpikes(hearth.ctx)).toEqual([]);

    // A burst while the bucket is still open: the alert does not wait for the five minutes to end.
    const burstAt = clock.now();
    const burst: IncomingMention[] = Array.from({ length: 40 }, (_, i) => ({
      externalId: `fire-${i}`,
      text: `My Lumo X2 battery caught fire overnight, this is dangerous ${i % 2 ? '#lumofire' : ''}`,
      author: { handle: i < 10 ? 'newsdesk' : `worried${i}` },
      platform: 'twitter',
      publishedAt: new Date(burstAt.getTime() - 60_000 + i * 1000),
    }));
    await ingestMentions(hearth.ctx, source, burst);
    clock.set(new Date(burstAt.getTime() + 60_000));
    const raised = await checkSpikes(hearth.ctx);
    expect(raised.length).toBeGreaterThanOrEqual(1);

    const list = await manager.get('/api/listening/alerts');
    const alerts =
      list.json<{ id: string; label: string; measure: string; observed: number; expected: number }[]>();
    const volume = alerts.find((alert) => alert.label === '"Lumo"' && alert.measure === 'volume');
    expect(volume, JSON.stringify(alerts)).toBeDefined();
    if (!volume) return;
    expect(volume.observed).toBeGreaterThanOrEqual(40);
    expect(volume.expected).toBeLessThan(5);
    const detail = await manager.get(`/api/listening/alerts/${volume.id}`);
    const explained = detail.json<{
      explanation: {
        topTerms: { name: string }[];
        topAuthors: { name: string; count: number }[];
        sentimentNow: number;
      };
      examples: { text: string }[];
      volume: { items: number }[];
    }>();
    expect(explained.explanation.topTerms.map((term) => term.name).join(' ')).toContain('battery');
    expect(explained.explanation.topAuthors[0]).toEqual({ name: '@newsdesk', count: 10 });
    expect(explained.examples[0]?.text).toContain('fire');
    expect(explained.volume.length).toBeGreaterThan(100);

    // No second alert for the same burst at the next check (cool-down).
    expect(await checkSpikes(hearth.ctx)).toEqual([]);

    const bell = await manager.get('/api/notifications');
    expect(JSON.stringify(bell.json())).toContain('Mentions of \\"Lumo\\"');
    // The webhook goes out in a job: wait for this delivery, not for every other job (mail) too.
    const deliveryOf = () => deliveries.find((delivery) => delivery.headers['hearth-delivery'] === volume.id);
    await expect.poll(deliveryOf, { timeout: 20_000 }).toBeDefined();
    const delivered = deliveryOf();
    const settingsRow = await hearth.ctx.database.sql.query<{ webhook_secret: string }>(
      'select webhook_secret from listening_settings',
    );
    const check = verifySignature({
      header: String(delivered?.headers['hearth-signature']),
      rawBody: delivered?.body ?? '',
      secrets: [settingsRow.rows[0]?.webhook_secret ?? ''],
      nowMs: Date.now(),
      toleranceSeconds: 300,
    });
    expect(check.ok).toBe(true);
    expect(JSON.parse(delivered?.body ?? '{}')).toMatchObject({ type: 'listening.alert', id: volume.id });

    // The crisis room opened from the alert collects the rule's mentions since the spike began.
    const room = await manager.post('/api/listening/crises', {
      title: 'X2 battery fire',
      alertId: volume.id,
    });
    expect(room.status, room.body).toBe(200);
    const opened = room.json<{
      id: string;
      rule: { name: string };
      items: { ruleId: string; from: string };
    }>();
    expect(opened.rule.name).toBe('Lumo');
    const collected = await manager.get(
      `/api/listening/items?ruleId=${opened.items.ruleId}&from=${encodeURIComponent(opened.items.from)}&limit=100`,
    );
    expect(collected.json<{ items: unknown[] }>().items.length).toBeGreaterThanOrEqual(40);
    const after = await manager.get(`/api/listening/alerts/${volume.id}`);
    expect(after.json()).toMatchObject({ status: 'acknowledged', crisisId: opened.id });
    // Three days of history delivered hour by hour, on a CI machine shared by three suites.
  }, 90_000);
});
