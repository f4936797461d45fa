import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { enrichMention } from '../enrich/index.ts';
import type { SourceRow } from '../queries/sources.ts';
import type { SentimentLabel } from '../sentiment/index.ts';
import type { IncomingMention } from '../types.ts';
import { importSource } from '../use-cases/import-mentions.ts';
import { ingestMentions } from '../use-cases/ingest-mentions.ts';
import type { ListeningReport } from './schemas.ts';

const clock = fixedClock(new Date('2026-11-20T12:00:00Z'));
let hearth: TestHearth;
let manager: TestClient;
let agent: TestClient;
let member: TestClient;
let batteryRuleId = '';
let lumoRuleId = '';
let reviewsSourceId = '';

/** Texts whose sentiment (checked in beforeAll) and hashtag theme the numbers below rely on. */
const texts = {
  batteryDied: ['Lumo battery is terrible, it died again #battery', 'negative'],
  batteryDrains: ['I hate how the Lumo battery drains overnight #battery', 'negative'],
  batteryBroken: ['Awful Lumo battery, broken after a week #battery', 'negative'],
  refundMissing: ['Refund still missing, awful service #refund', 'negative'],
  refundSent: ['Lumo refund request sent #refund', 'negative'],
  appUpdate: ['Lumo app update today #app', 'neutral'],
  appLove: ['Love my Lumo router, great setup #app', 'positive'],
  appGreat: ['Great app, excellent design #app', 'positive'],
  boxArrived: ['Lumo shipping box arrived #shipping', 'neutral'],
  routerArrived: ['The Lumo router arrived on Tuesday #shipping', 'neutral'],
  deliveryBroken: ['Terrible delivery, the box was broken #shipping', 'negative'],
} as const satisfies Record<string, readonly [string, SentimentLabel]>;
type TextKey = keyof typeof texts;

let sequence = 0;
function mention(at: string, text: TextKey, platform?: string): IncomingMention {
  sequence += 1;
  return {
    externalId: `m-${sequence}`,
    text: texts[text][0],
    author: { handle: `person${sequence}` },
    publishedAt: new Date(at),
    ...(platform ? { platform } : {}),
  };
}

async function ingest(source: SourceRow, mentions: IncomingMention[]) {
  const outcome = await ingestMentions(hearth.ctx, source, mentions);
  expect(outcome.stored).toBe(mentions.length);
}

const range = 'from=2026-11-10&to=2026-11-16';
const report = async (query = range, client = manager) => {
  const response = await client.get(`/api/listening/reports?${query}`);
  expect(response.status, response.body).toBe(200);
  return response.json<ListeningReport>();
};

beforeAll(async () => {
  for (const [key, [text, label]] of Object.entries(texts))
    if (enrichMention(null, text).sentimentLabel !== label) throw new Error(`fixture ${key} is not ${label}`);
  hearth = await startTestHearth({}, { clock });
  [manager, agent, member] = [hearth.client(), hearth.client(), hearth.client()];
  await signedIn(hearth.ctx, manager, 'manager');
  await signedIn(hearth.ctx, agent, 'agent');
  await signedIn(hearth.ctx, member, 'member');
  const lumo = await manager.post('/api/listening/rules', {
    name: 'Lumo',
    category: 'brand',
    query: 'lumo',
    inbox: 'never',
  });
  expect(lumo.status, lumo.body).toBe(200);
  lumoRuleId = lumo.json<{ id: string }>().id;
  const battery = await manager.post('/api/listening/rules', {
    name: 'Battery',
    category: 'topic',
    query: 'battery',
  });
  expect(battery.status, battery.body).toBe(200);
  batteryRuleId = battery.json<{ id: string }>().id;
  await hearth.ctx.jobs.drain();

  const social = await importSource(hearth.ctx, 'Social monitor', 'twitter');
  const reviews = await importSource(hearth.ctx, 'Review export', 'reviews');
  const forum = await importSource(hearth.ctx, '@Forum digest', 'forum');
  reviewsSourceId = reviews.id;

  // The week before (3–9 November): 10 mentions, 2 negative; #battery 2, #shipping 3, #app 5.
  await ingest(social, [
    mention('2026-11-04T09:00:00Z', 'batteryDied'),
    mention('2026-11-06T09:00:00Z', 'batteryDrains'),
    mention('2026-11-05T09:00:00Z', 'appUpdate'),
    mention('2026-11-07T09:00:00Z', 'appLove'),
    mention('2026-11-09T09:00:00Z', 'appUpdate'),
  ]);
  await ingest(reviews, [
    mention('2026-11-05T10:00:00Z', 'boxArrived'),
    mention('2026-11-07T10:00:00Z', 'routerArrived'),
    mention('2026-11-08T10:00:00Z', 'boxArrived'),
    mention('2026-11-03T10:00:00Z', 'appGreat'),
  ]);
  await ingest(forum, [mention('2026-11-04T11:00:00Z', 'appUpdate')]);

  // The report's week (10–16 November): 16 mentions, 8 negative; #battery doubles to 4, #refund is
  // new with 3, #shipping stays at 3, #app comes up on 5 of the 7 days.
  await ingest(social, [
    mention('2026-11-10T09:00:00Z', 'batteryDrains'),
    mention('2026-11-10T10:00:00Z', 'appLove'),
    mention('2026-11-11T10:00:00Z', 'appUpdate'),
    mention('2026-11-12T09:00:00Z', 'batteryDied'),
    mention('2026-11-12T10:00:00Z', 'batteryBroken', 'reddit'),
    mention('2026-11-12T12:00:00Z', 'appUpdate'),
    mention('2026-11-14T10:00:00Z', 'appUpdate'),
    mention('2026-11-15T09:00:00Z', 'boxArrived'),
    mention('2026-11-16T09:00:00Z', 'routerArrived', 'reddit'),
    mention('2026-11-16T10:00:00Z', 'batteryDied'),
  ]);
  await ingest(reviews, [
    mention('2026-11-11T09:00:00Z', 'refundSent'),
    mention('2026-11-12T11:00:00Z', 'refundMissing'),
    mention('2026-11-12T13:00:00Z', 'appGreat'),
    mention('2026-11-13T09:00:00Z', 'deliveryBroken'),
    mention('2026-11-13T10:00:00Z', 'appGreat'),
    mention('2026-11-14T09:00:00Z', 'refundMissing'),
  ]);
  // Outside both ranges: never counted.
  await ingest(social, [
    mention('2026-11-17T09:00:00Z', 'batteryDied'),
    mention('2026-11-02T23:59:59Z', 'appLove'),
  ]);
});
afterAll(() => hearth.dispose());

describe('sentiment trend', () => {
  it('counts each UTC day and the whole range against the week before', async () => {
    const data = await report();
    expect(data.range).toEqual({
      from: '2026-11-10',
      to: '2026-11-16',
      days: 7,
      timezone: 'UTC',
      granularity: 'day',
      previous: { from: '2026-11-03', to: '2026-11-09' },
    });
    expect(data.periods.map((period) => period.start)).toEqual([
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
    ]);
    expect(data.totals.current).toMatchObject({ mentions: 16, negative: 8, neutral: 5, positive: 3 });
    expect(data.totals.current.negativeShare).toBe(0.5);
    expect(data.totals.previous).toMatchObject({ mentions: 10, negative: 2, neutral: 6, positive: 2 });
    expect(data.totals.change).toMatchObject({ mentions: 6, mentionsRatio: 0.6, negativeShare: 0.3 });

    // 12 November: 3 negative of 5, one neutral, one positive.
    const twelfth = data.trend.find((point) => point.period === '2026-11-12');
    expect(twelfth).toMatchObject({ mentions: 5, negative: 3, neutral: 1, positive: 1, negativeShare: 0.6 });
    const scores = (['batteryDied', 'batteryBroken', 'refundMissing', 'appUpdate', 'appGreat'] as const).map(
      (key) => enrichMention(null, texts[key][0]).sentiment,
    );
    const average = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    expect(twelfth?.averageSentiment).toBeCloseTo(average, 3);
    expect(data.trend.map((point) => point.mentions)).toEqual([2, 2, 5, 2, 2, 1, 2]);
  });

  it('splits by platform, source and watch rule, silent groups included', async () => {
    const data = await report();
    expect(data.byPlatform.map((row) => [row.name, row.mentions, row.previous.mentions])).toEqual([
      ['twitter', 8, 5],
      ['reviews', 6, 4],
      ['reddit', 2, 0],
      ['forum', 0, 1],
    ]);
    const reddit = data.byPlatform.find((row) => row.id === 'reddit');
    expect(reddit).toMatchObject({ negative: 1, neutral: 1, negativeShare: 0.5 });
    expect(reddit?.series.map((point) => point.mentions)).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(reddit?.change.mentionsRatio).toBeNull();

    expect(data.bySource.map((row) => [row.name, row.mentions])).toEqual([
      ['Social monitor', 10],
      ['Review export', 6],
      ['@Forum digest', 0],
    ]);
    const reviews = data.bySource.find((row) => row.id === reviewsSourceId);
    expect(reviews).toMatchObject({ negative: 4, positive: 2, neutral: 0 });
    expect(reviews?.change).toMatchObject({ mentions: 2, mentionsRatio: 0.5 });

    // A mention of both rules counts under each; those of neither under "No watch rule".
    expect(data.byRule.map((row) => [row.id, row.name, row.mentions])).toEqual([
      [lumoRuleId, 'Lumo', 11],
      [null, 'No watch rule', 5],
      [batteryRuleId, 'Battery', 4],
    ]);
    const battery = data.byRule.find((row) => row.id === batteryRuleId);
    expect(battery).toMatchObject({ negative: 4, negativeShare: 1 });
    expect(battery?.previous.mentions).toBe(2);
  });

  it('filters by rule, source and platform', async () => {
    const byRule = await report(`${range}&ruleId=${batteryRuleId}`);
    expect(byRule.filters).toEqual({ ruleId: batteryRuleId, sourceId: null, platform: null });
    expect(byRule.totals.current).toMatchObject({ mentions: 4, negative: 4 });
    expect(byRule.totals.previous.mentions).toBe(2);
    expect(byRule.themes.top[0]).toMatchObject({ phrase: '#battery', count: 4, previous: 2, growth: 2 });

    const bySource = await report(`${range}&sourceId=${reviewsSourceId}`);
    expect(bySource.totals.current.mentions).toBe(6);
    expect(bySource.bySource.map((row) => row.name)).toEqual(['Review export']);

    const byPlatform = await report(`${range}&platform=Reddit`);
    expect(byPlatform.filters.platform).toBe('reddit');
    expect(byPlatform.totals.current).toMatchObject({ mentions: 2, negative: 1, neutral: 1 });
    expect(byPlatform.byPlatform.map((row) => row.name)).toEqual(['reddit']);
  });

  it('counts per week (Monday to Sunday) over more than 60 days, the weeks at the ends cut short', async () => {
    const data = await report('from=2026-08-01&to=2026-11-16');
    expect(data.range).toMatchObject({ days: 108, granularity: 'week' });
    expect(data.periods[0]).toEqual({ start: '2026-08-01', end: '2026-08-02', days: 2 });
    expect(data.periods.at(-1)).toEqual({ start: '2026-11-16', end: '2026-11-16', days: 1 });
    expect(data.trend).toHaveLength(data.periods.length);
    const week = (start: string) => data.trend.find((point) => point.period === start)?.mentions;
    expect(week('2026-11-02')).toBe(10);
    expect(week('2026-11-09')).toBe(15);
    expect(week('2026-11-16')).toBe(2);
    expect(data.totals.current.mentions).toBe(27);
    const app = data.themes.top.find((theme) => theme.phrase === '#app');
    expect(app?.series.slice(-3)).toEqual([5, 7, 0]);
  });

  it('takes the 30 days up to today (UTC) when no range is given', async () => {
    const data = await report('');
    expect(data.range).toMatchObject({ from: '2026-10-22', to: '2026-11-20', days: 30, timezone: 'UTC' });
    expect(data.totals.current.mentions).toBe(28);
  });
});

describe('recurring themes', () => {
  it('ranks the top themes with their share, growth and series; a doubled and a new one rise', async () => {
    const { themes } = await report();
    const top = new Map(themes.top.map((theme) => [theme.phrase, theme]));
    expect(themes.top[0]).toMatchObject({
      phrase: '#app',
      count: 6,
      previous: 5,
      growth: 1.2,
      status: 'steady',
    });
    expect(top.get('#battery')).toMatchObject({
      count: 4,
      share: 0.25,
      previous: 2,
      growth: 2,
      status: 'rising',
      periodsPresent: 3,
      series: [1, 0, 2, 0, 0, 0, 1],
    });
    expect(top.get('#battery')?.averageSentiment).toBeLessThan(-0.3);
    expect(top.get('#refund')).toMatchObject({
      count: 3,
      previous: 0,
      growth: null,
      status: 'new',
      series: [0, 1, 1, 0, 1, 0, 0],
    });
    expect(top.get('#shipping')).toMatchObject({ count: 3, previous: 3, growth: 1, status: 'steady' });
    expect(themes.top.map((theme) => theme.phrase).slice(0, 4)).toEqual([
      '#app',
      '#battery',
      '#refund',
      '#shipping',
    ]);

    // New themes first (no growth to compare), then by growth; #app grew too little, #shipping not at all.
    expect(themes.rising.map((theme) => theme.phrase)).toEqual(['#refund', '#battery']);
    // Present on 5 of 7 days; #battery, #refund and #shipping on 3 only.
    expect(themes.recurring.map((theme) => theme.phrase)).toEqual(['#app']);
    expect(themes.recurring[0]?.periodsPresent).toBe(5);
    expect(themes.rules).toMatchObject({ newMinCount: 3, risingMinCount: 3, risingGrowth: 1.5 });
  });

  it('has nothing to rank in an empty range', async () => {
    const data = await report('from=2026-01-01&to=2026-01-31');
    expect(data.totals.current.mentions).toBe(0);
    expect(data.totals.current.averageSentiment).toBeNull();
    expect(data.trend).toHaveLength(31);
    expect(data.themes).toMatchObject({ top: [], rising: [], recurring: [] });
    expect(data.bySource).toEqual([]);
  });
});

describe('access, validation and CSV', () => {
  it('is for agents, managers and admins; members are refused, visitors asked to sign in', async () => {
    expect((await agent.get(`/api/listening/reports?${range}`)).status).toBe(200);
    expect((await member.get(`/api/listening/reports?${range}`)).status).toBe(403);
    expect((await member.get(`/api/listening/reports.csv?${range}`)).status).toBe(403);
    expect((await hearth.client().get(`/api/listening/reports?${range}`)).status).toBe(401);
    expect((await hearth.client().get(`/api/listening/reports.csv?${range}`)).status).toBe(401);
  });

  it('refuses backwards, too long and malformed ranges', async () => {
    const backwards = await manager.get('/api/listening/reports?from=2026-11-16&to=2026-11-10');
    expect(backwards.status).toBe(400);
    expect(backwards.code).toBe('VALIDATION_FAILED');
    expect(backwards.body).toContain('from is on or before to');
    const tooLong = await manager.get('/api/listening/reports?from=2025-01-01&to=2026-11-16');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain('366 days');
    // From alone runs to today: more than a year is refused too.
    expect((await manager.get('/api/listening/reports?from=2024-01-01')).code).toBe('VALIDATION_FAILED');
    expect((await manager.get('/api/listening/reports?from=2026-13-01')).code).toBe('VALIDATION_FAILED');
    expect((await manager.get('/api/listening/reports?ruleId=nope')).code).toBe('VALIDATION_FAILED');
    expect((await manager.get('/api/listening/reports.csv?from=2026-11-16&to=2026-11-10')).status).toBe(400);
    // A whole year (366 days, both ends included) is allowed.
    expect((await manager.get('/api/listening/reports?from=2025-11-17&to=2026-11-17')).status).toBe(200);
  });

  it('is documented in the OpenAPI document under listening', () => {
    const paths = (hearth.app.swagger() as { paths: Record<string, { get?: { tags?: string[] } }> }).paths;
    expect(paths['/api/listening/reports']?.get?.tags).toEqual(['listening']);
    expect(paths['/api/listening/reports.csv']?.get?.tags).toEqual(['listening']);
  });

  it('exports the same numbers as CSV, formula-like names defused', async () => {
    const json = await report();
    const csv = await manager.get(`/api/listening/reports.csv?${range}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('listening-report-2026-11-10-2026-11-16.csv');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('Listening report');
    expect(lines).toContain('2026-11-10,2026-11-16,UTC,day,2026-11-03,2026-11-09');
    const twelfth = json.trend.find((point) => point.period === '2026-11-12');
    expect(lines).toContain(`2026-11-12,2026-11-12,5,${twelfth?.averageSentiment},3,1,1,60,20,20`);
    expect(
      lines
        .find((line) => line.startsWith('current,'))
        ?.split(',')
        .slice(1, 2),
    ).toEqual(['16']);
    const battery = json.themes.top.find((theme) => theme.phrase === '#battery');
    expect(lines).toContain(`#battery,4,25,2,2,rising,${battery?.averageSentiment},3`);
    expect(lines).toContain(
      '#refund,3,18.8,0,,new,' + `${json.themes.top.find((t) => t.phrase === '#refund')?.averageSentiment},3`,
    );
    expect(lines).toContain('#battery,2026-11-12,2');
    // The source named "@Forum digest" cannot run as a formula.
    expect(lines.some((line) => line.startsWith("'@Forum digest,0,"))).toBe(true);
    expect(csv.body).not.toMatch(/^[=+\-@]/m);
    for (const section of ['Totals', 'Sentiment trend per day', 'By platform', 'By source', 'By watch rule'])
      expect(lines).toContain(section);
    expect(lines).toContain('Rising themes');
  });
});
