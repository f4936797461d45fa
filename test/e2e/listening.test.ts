import { describe, expect, it } from 'vitest';
import { signatureHeaderValue } from '../../src/modules/inbox/index.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { InboxConversationPage } from './pages/inbox-conversation-page.ts';
import {
  ListeningAlertPage,
  ListeningAlertsPage,
  ListeningMentionPage,
  ListeningRulesPage,
  ListeningSourcesPage,
  ListeningStreamPage,
  ListeningTabs,
} from './pages/listening.ts';
import { signInAs } from './pages/sign-in-as.ts';
import { routeMentions } from '../../src/modules/listening/index.ts';

const world = useE2eWorld();

/** The spike watch looks shortly after mentions are stored, and every 15 s anyway. */
const alertPoll = { ...poll, timeout: 20_000 };

interface Mention {
  id: string;
  text: string;
  platform?: string;
  author?: { name?: string; handle?: string };
  publishedAt?: string;
}

interface Outcome {
  received: number;
  stored: number;
  duplicates: number;
  empty: number;
  routed: number;
}

/** A webhook source as the API answers its creation: the address to post to and its one-time secret. */
interface WebhookSource {
  id: string;
  endpoint: string;
  secret: string;
}

let manager: Promise<TestClient> | undefined;

/** One manager's API client for the file, for what the UI is not the point of (seeding). */
function managerApi(): Promise<TestClient> {
  manager ??= (async () => {
    const client = world().hearth.client();
    await signedIn(world().hearth.ctx, client, 'manager');
    return client;
  })();
  return manager;
}

async function watchRule(body: { name: string; query: string; inbox?: string }): Promise<string> {
  const response = await (await managerApi()).post('/api/listening/rules', { category: 'brand', ...body });
  expect(response.status, response.body).toBe(200);
  return response.json<{ id: string }>().id;
}

async function webhookSource(name: string): Promise<WebhookSource> {
  const response = await (await managerApi()).post('/api/listening/sources', { kind: 'webhook', name });
  expect(response.status, response.body).toBe(200);
  return response.json<WebhookSource>();
}

/** Posts mentions to a webhook source as another system would: a raw JSON body, signed with its secret. */
async function postMentions(
  source: { endpoint: string; secret: string },
  mentions: Mention[],
): Promise<Outcome> {
  const raw = JSON.stringify({ mentions });
  const t = Math.floor(Date.now() / 1000);
  const response = await world()
    .hearth.client()
    .request('POST', new URL(source.endpoint).pathname, {
      rawBody: raw,
      headers: {
        'content-type': 'application/json',
        'hearth-signature': signatureHeaderValue(source.secret, t, raw),
      },
      csrf: false,
    });
  expect(response.status, response.body).toBe(202);
  return response.json<Outcome>();
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('listening', () => {
  it(
    'a manager writes a brand watch rule, mending a query Hearth cannot read, then adds a webhook source and gets its address and one-time secret',
    async () => {
      const ctx = world().hearth.ctx;
      const page = await signInAs(world(), await createPersona(ctx, 'manager'), '/listening/settings/rules');
      const rules = new ListeningRulesPage(page);
      await rules.startNewRule();
      await rules.name('Ember', 'Brand');

      await rules.typeQuery('ember AND (kettle OR');
      await expect.poll(() => rules.queryCheck(), poll).toMatchObject({ state: 'error', canonical: '' });
      const broken = await rules.queryCheck();
      expect(broken.error).toBe('"OR" needs a term on both sides. (at character 19)');
      // The caret sits under the OR that has nothing after it.
      expect(broken.caret).toEqual({ position: 18, character: 'O' });

      await rules.typeQuery('ember AND (kettle OR toaster)');
      await expect
        .poll(() => rules.queryCheck(), poll)
        .toMatchObject({ state: 'ok', error: '', caret: null });
      expect((await rules.queryCheck()).canonical).toBe('ember AND (kettle OR toaster)');
      await rules.create();
      await expect
        .poll(() => rules.status(), poll)
        .toBe('Ember created; it is running over the stored mentions.');
      await expect.poll(() => rules.names(), poll).toContain('Ember');
      expect(await rules.summaryOf('Ember')).toEqual({
        reads: 'ember AND (kettle OR toaster)',
        inbox: 'What needs an answer',
        alerts: 'On: medium sensitivity, from 5 mentions, 6 h between alerts',
      });
      const stored = await (await managerApi()).get('/api/listening/rules');
      expect(stored.json<{ name: string; category: string; query: string }[]>()).toContainEqual(
        expect.objectContaining({ name: 'Ember', category: 'brand', query: 'ember AND (kettle OR toaster)' }),
      );

      const tabs = new ListeningTabs(page);
      expect(await tabs.names()).toEqual(
        expect.arrayContaining(['Stream', 'Alerts', 'Sources', 'Rules', 'Settings']),
      );
      await tabs.go('Sources');
      const sources = new ListeningSourcesPage(page);
      await sources.waitUntilShown();
      const shown = await sources.addWebhook({ name: 'Social monitor', platform: 'twitter' });
      expect(shown.title).toBe('Social monitor is ready');
      expect(shown.secret).toMatch(/^whsec_\S{20,}$/);
      expect(shown.endpoint).toMatch(/\/api\/listening\/sources\/[0-9a-f-]{36}\/mentions$/);
      expect(shown.help).toContain('Hearth-Signature: t=');
      expect(shown.help).toContain(shown.endpoint);
      await sources.done();
      // Shown once: the list does not show the secret again.
      await expect.poll(() => sources.names(), poll).toContain('Social monitor');
      expect(await sources.secretsShown()).toBe(0);
      expect(await sources.source('Social monitor')).toEqual({
        kind: 'webhook',
        health: 'Idle',
        mentions: '0',
      });

      // What the dialog showed is what a sender needs: a request signed with it is taken.
      const outcome = await postMentions(shown, [
        { id: 'em-1', text: 'The Ember kettle boils in a minute, a toaster next?', platform: 'twitter' },
      ]);
      expect(outcome).toMatchObject({ received: 1, stored: 1 });
      await expect
        .poll(() => sources.source('Social monitor'), poll)
        .toEqual({ kind: 'webhook', health: 'Healthy', mentions: '1' });
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'shows an agent the mentions posted to a webhook with their sentiment, intent and rule; search narrows them; the complaint went to the inbox, and its page says why',
    async () => {
      await watchRule({ name: 'Lumo', query: 'lumo OR "lumo x2" -jobs' });
      const source = await webhookSource('Social listening feed');
      const complaint =
        'Three weeks waiting for a refund from Lumo. Worst support ever, this is unacceptable.';
      const praise = 'The Lumo X2 set up in two minutes, love it!';
      const unrelated = 'Nice weather for a walk by the river today.';
      const outcome = await postMentions(source, [
        {
          id: 'lu-1',
          text: complaint,
          platform: 'twitter',
          author: { name: 'Dana K', handle: '@dana_k' },
          publishedAt: minutesAgo(3),
        },
        {
          id: 'lu-2',
          text: praise,
          platform: 'twitter',
          author: { handle: 'sam' },
          publishedAt: minutesAgo(2),
        },
        { id: 'lu-3', text: unrelated, platform: 'twitter', publishedAt: minutesAgo(1) },
      ]);
      expect(outcome).toEqual({ received: 3, stored: 3, duplicates: 0, empty: 0, routed: 1 });
      // The conversation opens in a job, moments after the mention is stored.
      await world().hearth.ctx.jobs.drain();

      const agent = await createPersona(world().hearth.ctx, 'agent', { name: 'Ari Agent' });
      const page = await signInAs(world(), agent, '/listening');
      const stream = new ListeningStreamPage(page);
      await stream.waitUntilShown();
      // Agents follow the stream and alerts; setting listening up is for admins and managers.
      const tabs = await new ListeningTabs(page).names();
      expect(tabs).toEqual(expect.arrayContaining(['Stream', 'Alerts']));
      for (const tab of ['Sources', 'Rules', 'Settings']) expect(tabs).not.toContain(tab);
      await expect
        .poll(() => stream.texts(), poll)
        .toEqual(expect.arrayContaining([complaint, praise, unrelated]));
      const texts = await stream.texts();
      // Newest first.
      expect(texts.indexOf(unrelated)).toBeLessThan(texts.indexOf(praise));
      expect(texts.indexOf(praise)).toBeLessThan(texts.indexOf(complaint));

      const shownComplaint = await stream.mention(complaint);
      expect(shownComplaint).toMatchObject({ intent: 'Complaint', rules: ['Lumo'], inInbox: true });
      expect(shownComplaint.sentiment).toMatch(/^Negative −0\.\d\d$/);
      const shownPraise = await stream.mention(praise);
      expect(shownPraise).toMatchObject({ intent: 'Praise', rules: ['Lumo'], inInbox: false });
      expect(shownPraise.sentiment).toMatch(/^Positive \+0\.\d\d$/);
      expect(await stream.mention(unrelated)).toMatchObject({ rules: [], inInbox: false });

      await stream.search('refund');
      await expect.poll(() => stream.address(), poll).toBe('/listening?q=refund');
      await expect.poll(() => stream.texts(), poll).toEqual([complaint]);
      expect(await stream.listHeading()).toBe('Matching mentions');

      await stream.openDetails(complaint);
      const mention = new ListeningMentionPage(page);
      expect(await mention.heading()).toBe('Mention by Dana K (@dana_k)');
      expect(await mention.readings()).toMatchObject({ intent: 'Intent: Complaint' });
      expect((await mention.readings()).sentiment).toMatch(/^Sentiment: Negative −0\.\d\d$/);
      const drivers = await mention.drivers();
      expect(drivers.map((driver) => driver.word.toLowerCase())).toContain('worst');
      expect(drivers.find((driver) => driver.word.toLowerCase() === 'worst')?.weight).toBeLessThan(0);
      expect(await mention.routing()).toContain('A complaint about "Lumo", which needs an answer.');

      await mention.openConversation();
      expect(await new InboxConversationPage(page).heading()).toBe(complaint);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'counts new mentions arriving while a filtered stream is open, without a reload, and shows them on request',
    async () => {
      const ruleId = await watchRule({ name: 'Pebble', query: 'pebble', inbox: 'never' });
      const source = await webhookSource('Forum monitor');
      const first = 'The Pebble speaker fell off the shelf and still plays fine.';
      await postMentions(source, [{ id: 'pb-1', text: first, publishedAt: minutesAgo(5) }]);

      const agent = await createPersona(world().hearth.ctx, 'agent');
      const page = await signInAs(world(), agent, '/listening');
      const stream = new ListeningStreamPage(page);
      await stream.waitUntilShown();
      await expect.poll(() => stream.texts(), poll).toContain(first);
      await stream.filter('Watch rule', 'Pebble');
      await expect.poll(() => stream.address(), poll).toBe(`/listening?rule=${ruleId}`);
      await expect.poll(() => stream.texts(), poll).toEqual([first]);
      expect(await stream.newMentionsBar()).toBe('');

      const second = 'Does the Pebble speaker pair with two phones at once?';
      const outcome = await postMentions(source, [
        { id: 'pb-2', text: second },
        { id: 'pb-3', text: 'A quiet afternoon with a good book and tea.' },
      ]);
      expect(outcome).toMatchObject({ stored: 2 });

      // Only the mention the filter keeps is counted; the list stays as it is until asked.
      await expect.poll(() => stream.newMentionsBar(), poll).toBe('1 new mention — show');
      expect(await stream.texts()).toEqual([first]);
      await stream.showNewMentions();
      await expect.poll(() => stream.texts(), poll).toEqual([second, first]);
      expect(await stream.newMentionsBar()).toBe('');
      expect(stream.address()).toBe(`/listening?rule=${ruleId}`);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'adds the inbox link to a mention already on screen when its inbox conversation opens',
    async () => {
      // Kept out of the inbox at first, so the page surely shows it before it is routed.
      await watchRule({ name: 'Quill', query: 'quill', inbox: 'never' });
      const source = await webhookSource('Review monitor');
      const complaint = 'The Quill pen leaked all over my desk, worst purchase ever. I want a refund.';
      await postMentions(source, [{ id: 'ql-1', text: complaint, publishedAt: minutesAgo(1) }]);
      const agent = await createPersona(world().hearth.ctx, 'agent');
      const page = await signInAs(world(), agent, '/listening?q=quill');
      const stream = new ListeningStreamPage(page);
      await expect.poll(() => stream.texts(), poll).toEqual([complaint]);
      expect((await stream.mention(complaint)).inInbox).toBe(false);
      const api = await managerApi();
      const listed = await api.get('/api/listening/items?q=quill');
      const itemId = listed.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
      // The same use case the hand-off job runs: it opens the conversation and tells open pages.
      expect(await routeMentions(world().hearth.ctx, [itemId])).toBe(1);
      await expect.poll(async () => (await stream.mention(complaint)).inInbox, poll).toBe(true);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'raises an alert when mentions of a rule burst after quiet days; a manager reads why and acknowledges it',
    async () => {
      await watchRule({ name: 'Kettlebrook', query: 'kettlebrook', inbox: 'never' });
      const source = await webhookSource('Brand monitor');
      const everyday = [
        'Set up my Kettlebrook mesh at the weekend, works fine',
        'Is the Kettlebrook app available on tablets?',
        'Kettlebrook support sorted my billing question quickly',
        'Thinking about a Kettlebrook router for the new flat',
      ];
      // Three quiet days before now: none, one or two mentions every five minutes.
      const history: Mention[] = [];
      const fiveMinutes = 5 * 60_000;
      const since = Math.floor((Date.now() - 3 * 24 * 3_600_000) / fiveMinutes) * fiveMinutes;
      const until = Math.floor(Date.now() / fiveMinutes) * fiveMinutes - fiveMinutes;
      for (let at = since, seq = 0; at < until; at += fiveMinutes, seq += 1)
        for (let i = 0; i < seq % 3; i++)
          history.push({
            id: `kb-${seq}-${i}`,
            text: everyday[(seq + i) % everyday.length] ?? '',
            author: { handle: `user${(seq * 7 + i) % 300}` },
            platform: 'twitter',
            publishedAt: new Date(at + i * 1000).toISOString(),
          });
      expect(history.length).toBeLessThanOrEqual(1000);
      expect((await postMentions(source, history)).stored).toBe(history.length);

      const manager = await createPersona(world().hearth.ctx, 'manager', { name: 'Mina Manager' });
      const page = await signInAs(world(), manager, '/listening/alerts');
      const alerts = new ListeningAlertsPage(page);
      await alerts.waitUntilShown();
      const headline = 'Mentions of "Kettlebrook"';
      expect(await alerts.headlines('open')).not.toContain(headline);

      // Then a burst, now.
      const now = new Date().toISOString();
      const burst = Array.from({ length: 40 }, (_, i) => ({
        id: `kb-fire-${i}`,
        text: `My Kettlebrook X2 battery caught fire overnight, this is dangerous ${i % 2 ? '#kbfire' : ''}`.trim(),
        author: { handle: i < 10 ? 'newsdesk' : `worried${i}` },
        platform: 'twitter',
        publishedAt: now,
      }));
      expect((await postMentions(source, burst)).stored).toBe(40);

      // The open alert appears on the page without a reload.
      await expect.poll(() => alerts.headlines('open'), alertPoll).toContain(headline);
      expect((await alerts.summaryOf(headline)).numbers).toMatch(/^\d+ in 5 min, about [\d.]+ expected$/);

      await alerts.openAlert(headline);
      const alert = new ListeningAlertPage(page);
      expect(await alert.heading()).toBe(headline);
      expect(await alert.waitForChart()).toBe('Volume around the alert');
      expect((await alert.ranking('Unusual words')).join(' ')).toContain('battery');
      expect((await alert.ranking('Top authors'))[0]).toBe('@newsdesk 10');
      expect((await alert.examples())[0]).toContain('caught fire');

      await alert.backToAlerts();
      await alerts.acknowledge(headline);
      await expect.poll(() => alerts.status(), poll).toBe(`Acknowledged: ${headline}.`);
      await expect.poll(() => alerts.headlines('acknowledged'), poll).toContain(headline);
      expect(await alerts.headlines('open')).not.toContain(headline);
      expect((await alerts.summaryOf(headline)).acknowledged).toMatch(/, by you$/);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'tells a member what listening is and who it is for, instead of the stream',
    async () => {
      const member = await createPersona(world().hearth.ctx, 'member', { name: 'Mel Member' });
      const page = await signInAs(world(), member, '/listening');
      const notice = await new ListeningStreamPage(page).notForRole();
      expect(notice).toContain('It is for agents, community managers and admins.');
      expect(notice).toContain('You are signed in as Mel Member');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
