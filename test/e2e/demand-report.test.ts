import { beforeAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../src/modules/inbox/index.ts';
import { importSource, ingestMentions } from '../../src/modules/listening/index.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { hookTimeout, testTimeout, useE2eWorld } from './harness.ts';
import { DemandReportPage } from './pages/demand-report.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();
const ids = { idea: '', mention: '' };

async function as(role: 'admin' | 'agent' | 'member'): Promise<TestClient> {
  const client = world().hearth.client();
  await signedIn(world().hearth.ctx, client, role);
  return client;
}

/** A customer writes to the inbox; the agent records their vote for the idea from it. */
async function voteCapturedFromAConversation(agent: TestClient): Promise<void> {
  const ctx = world().hearth.ctx;
  const opened = await ctx.database.transaction((tx) =>
    ingestMessage(tx, ctx, {
      channel: 'api',
      conversationRef: 'e2e-demand',
      externalId: 'api:e2e-demand',
      subject: 'Going away',
      text: 'Can the thermostat hold a low temperature while we travel?',
      html: '<p>Can the thermostat hold a low temperature while we travel?</p>',
      from: { memberId: null, name: 'Helena Fischer', address: 'helena@example.net' },
      at: ctx.clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  const captured = await agent.post('/api/ideas/capture', {
    source: { kind: 'conversation', id: opened.conversationId },
    ideaId: ids.idea,
  });
  expect(captured.status, captured.body).toBe(200);
}

/** An ideas board with one idea: a board vote and a vote captured from a conversation; a bug mention. */
beforeAll(async () => {
  const admin = await as('admin');
  const created = await admin.post('/api/admin/spaces', {
    name: 'Wishlist',
    slug: 'wishlist',
    kind: 'ideas',
  });
  expect(created.status, created.body).toBe(201);
  const member = await as('member');
  const idea = await member.post('/api/spaces/wishlist/ideas', { title: 'Vacation mode', body: '' });
  expect(idea.status, idea.body).toBe(201);
  ids.idea = idea.json<{ id: string }>().id;
  expect((await member.put(`/api/ideas/${ids.idea}/vote`)).status).toBe(200);
  await voteCapturedFromAConversation(await as('agent'));

  const ctx = world().hearth.ctx;
  await ingestMentions(ctx, await importSource(ctx, 'Social export', 'twitter'), [
    {
      externalId: 'e2e-bug',
      text: 'Lumo hub keeps crashing after the firmware update',
      author: { handle: '@ana' },
      publishedAt: ctx.clock.now(),
    },
  ]);
  const items = (await admin.get('/api/listening/items?q=crashing')).json<{ items: { id: string }[] }>();
  ids.mention = items.items[0]?.id ?? '';
}, hookTimeout);

describe('demand report', () => {
  it(
    'a manager opens the demand report and sees an idea’s votes by channel and a bug theme',
    async () => {
      const manager = await createPersona(world().hearth.ctx, 'manager', { name: 'Mona Manager' });
      const page = await signInAs(world(), manager, '/reports');
      const report = new DemandReportPage(page);
      await report.openTab();

      expect(await report.chartNames()).toEqual(['Votes by channel', 'Bug themes by channel']);
      expect(await report.ideaRow('Vacation mode')).toMatchObject({
        Status: 'New',
        'Votes in period': '2',
        Board: '1',
        Conversations: '1',
        Mentions: '0',
        Posts: '0',
        'Total votes': '2',
      });
      expect(await report.ideaHref('Vacation mode')).toBe(`/ideas/${ids.idea}`);
      expect(await report.themeRow('firmware update')).toMatchObject({ Reports: '1', Mentions: '1' });
      expect(await report.themeExampleHrefs('firmware update')).toEqual([`/listening/items/${ids.mention}`]);
      expect(await report.csvHref()).toMatch(
        /^\/api\/reports\/demand\?from=\d{4}-\d{2}-\d{2}&to=.+&format=csv$/,
      );
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
