import { describe, expect, it } from 'vitest';
import { signatureHeaderValue } from '../../src/modules/inbox/index.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { CrisisRoomPage, CrisisRoomsPage, OutreachPage } from './pages/listening-response.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();

interface Mention {
  id: string;
  text: string;
  platform: string;
  author: { name?: string; handle?: string; email?: string };
  publishedAt: string;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

let staff: Promise<{ admin: TestClient; manager: TestClient }> | undefined;

/** API clients for what the UI is not the point of (seeding): an admin and a manager. */
function staffApi(): Promise<{ admin: TestClient; manager: TestClient }> {
  staff ??= (async () => {
    const [admin, manager] = [world().hearth.client(), world().hearth.client()];
    await signedIn(world().hearth.ctx, admin, 'admin');
    await signedIn(world().hearth.ctx, manager, 'manager');
    return { admin, manager };
  })();
  return staff;
}

/** A watch rule that keeps its mentions out of the inbox, and a webhook source that posts them. */
async function watched(rule: { name: string; query: string }, mentions: Mention[]): Promise<void> {
  const { manager } = await staffApi();
  const created = await manager.post('/api/listening/rules', {
    category: 'product',
    inbox: 'never',
    ...rule,
  });
  expect(created.status, created.body).toBe(200);
  const source = await manager.post('/api/listening/sources', { kind: 'webhook', name: `${rule.name} feed` });
  const { endpoint, secret } = source.json<{ endpoint: string; secret: string }>();
  const raw = JSON.stringify({ mentions });
  const posted = await world()
    .hearth.client()
    .request('POST', new URL(endpoint).pathname, {
      rawBody: raw,
      headers: {
        'content-type': 'application/json',
        'hearth-signature': signatureHeaderValue(secret, Math.floor(Date.now() / 1000), raw),
      },
      csrf: false,
    });
  expect(posted.json()).toMatchObject({ stored: mentions.length });
  await world().hearth.ctx.jobs.drain();
}

describe('responding to what is said', () => {
  it(
    'a manager opens a crisis room for a rule, notes a finding, and drafts, approves and publishes a holding statement as an announcement',
    async () => {
      const { admin } = await staffApi();
      const space = await admin.post('/api/admin/spaces', {
        name: 'News',
        slug: 'news',
        kind: 'announcements',
      });
      expect(space.status, space.body).toBe(201);
      await watched({ name: 'Kettle', query: 'kettle' }, [
        {
          id: 'k-1',
          text: 'My Ember kettle smells of burning plastic after a week',
          platform: 'twitter',
          author: { handle: 'ro_b' },
          publishedAt: minutesAgo(30),
        },
        {
          id: 'k-2',
          text: 'Ember kettle switched itself off mid-boil and the base is scorched',
          platform: 'reddit',
          author: { handle: 'u/teapot' },
          publishedAt: minutesAgo(20),
        },
      ]);

      const manager = await createPersona(world().hearth.ctx, 'manager', { name: 'Mara Manager' });
      const page = await signInAs(world(), manager, '/listening/crises');
      const rooms = new CrisisRoomsPage(page);
      expect(await rooms.isEmpty()).toBe(true);
      await rooms.openRoom({ title: 'Scorched kettle bases', severity: 'High', rule: 'Kettle' });

      const room = new CrisisRoomPage(page);
      expect(await room.title()).toBe('Scorched kettle bases');
      await expect.poll(() => room.mentionCount(), poll).toBe(2);
      expect(await room.mentionTexts()).toEqual([
        'Ember kettle switched itself off mid-boil and the base is scorched',
        'My Ember kettle smells of burning plastic after a week',
      ]);

      await room.addNote('Support confirms batch 2611 has a faulty thermostat.');
      await expect
        .poll(async () => (await room.timeline())[0], poll)
        .toContain('Support confirms batch 2611 has a faulty thermostat.');

      const statement =
        'We know some Ember kettles from batch 2611 overheat. Please unplug them; a fix follows today.';
      await room.draftStatement(statement);
      await expect.poll(() => room.statementStages(), poll).toEqual(['draft']);
      await room.approveStatement();
      await expect.poll(() => room.statementStages(), poll).toEqual(['approved']);
      const says = await room.publishStatement();
      expect(says).toContain('“Update: Scorched kettle bases”');
      expect(await room.statementStages()).toEqual(['published']);

      await room.openPublishedThread();
      await page.getByRole('heading', { name: 'Update: Scorched kettle bases' }).waitFor();
      expect(await page.getByText(statement).count()).toBeGreaterThan(0);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'an agent reaches out first to people who complained: by email, and on the platform, marked answered by hand',
    async () => {
      await watched({ name: 'Lamp', query: 'lamp' }, [
        {
          id: 'l-1',
          text: 'The Lumo lamp flickers constantly, terrible quality',
          platform: 'reviews',
          author: { name: 'Jo Reviewer', email: 'jo@mail.example' },
          publishedAt: minutesAgo(40),
        },
        {
          id: 'l-2',
          text: 'Lumo lamp died after two days, awful',
          platform: 'twitter',
          author: { handle: 'sam_t' },
          publishedAt: minutesAgo(10),
        },
      ]);

      const agent = await createPersona(world().hearth.ctx, 'agent', { name: 'Ari Agent' });
      const page = await signInAs(world(), agent, '/listening/outreach');
      const outreach = new OutreachPage(page);
      await expect
        .poll(() => outreach.waiting(), poll)
        .toEqual(
          expect.arrayContaining(['twitter:sam_t: platform', 'email:jo@mail.example: email, platform']),
        );

      await outreach.reachOut(
        'twitter:sam_t',
        /^On twitter/,
        'Replied to Sam on Twitter with the swap form.',
      );
      await expect
        .poll(() => outreach.status(), poll)
        .toContain('Recorded what you said to @sam_t on twitter');
      await outreach.reachOut('email:jo@mail.example', /^Email/, 'Sorry, Jo: we will send a new lamp.');
      await expect.poll(() => outreach.status(), poll).toContain('Emailed Jo Reviewer');
      await expect
        .poll(() => outreach.waiting(), poll)
        .not.toEqual(expect.arrayContaining([expect.stringMatching(/sam_t|jo@mail/)]));

      await outreach.tab('contacted');
      await expect
        .poll(() => outreach.rows(), poll)
        .toEqual([
          'email:jo@mail.example · email · contacted · Sorry, Jo: we will send a new lamp.',
          'twitter:sam_t · platform · contacted · Replied to Sam on Twitter with the swap form.',
        ]);
      await outreach.markAnswered('twitter:sam_t');
      await expect.poll(() => outreach.status(), poll).toContain('@sam_t answered');
      await outreach.tab('answered');
      await expect
        .poll(() => outreach.rows(), poll)
        .toEqual(['twitter:sam_t · platform · answered · Replied to Sam on Twitter with the swap form.']);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
