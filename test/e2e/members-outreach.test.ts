import { describe, expect, it } from 'vitest';
import { recordActivities, resolveMembers, type PersonInput } from '../../src/modules/members/index.ts';
import { optOutToken } from '../../src/modules/members/messages.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { MemberProfilePage, MembersListPage } from './pages/members.ts';
import {
  CampaignDetailPage,
  CampaignEditorPage,
  MemberMessagesCard,
  WelcomeQueuePage,
} from './pages/members-outreach.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Someone signs up in the community: a newcomer with an account, waiting to be greeted. */
async function signsUp(name: string, email: string): Promise<string> {
  const response = await world().hearth.client().post('/api/auth/signup', {
    email,
    password: 'a long enough password',
    name,
  });
  expect(response.status, response.body).toBe(201);
  return response.json<{ user: { id: string } }>().user.id;
}

/** Something a person did that Hearth saw (a thread, a mention…); returns their member id. */
async function did(person: PersonInput, kind: string, title: string, minutes: number): Promise<string> {
  const ctx = world().hearth.ctx;
  return ctx.database.transaction(async (tx) => {
    const at = minutesAgo(minutes);
    await recordActivities(
      tx,
      [{ person, kind, refId: `e2e-${title}`, title, excerpt: title, link: '/community', at }],
      ctx.clock.now(),
    );
    const [id] = await resolveMembers(tx, [person], ctx.clock.now());
    return id as string;
  });
}

const byEmail = (name: string, email: string): PersonInput => ({
  name,
  identities: [{ kind: 'email', value: email }],
});

describe('members outreach', () => {
  it(
    'an agent greets a newcomer from the welcome queue and sees it in their messages; a quicker colleague wins',
    async () => {
      const ctx = world().hearth.ctx;
      const omarId = await signsUp('Omar Early', 'omar.early@example.org');
      const niaId = await signsUp('Nia Newcomer', 'nia.newcomer@example.org');
      await did(
        { name: 'Nia Newcomer', identities: [{ kind: 'account', value: niaId }] },
        'thread',
        'How do I descale the kettle?',
        5,
      );

      const agent = await createPersona(ctx, 'agent', { name: 'Ari Agent' });
      const page = await signInAs(world(), agent, '/members');
      const queue = new WelcomeQueuePage(page);
      // Campaigns are for admins and managers: an agent has no tab for them.
      await expect
        .poll(() => page.getByRole('navigation', { name: 'Members' }).getByRole('link').allInnerTexts(), poll)
        .toEqual(['Members', 'Welcome queue', 'Advocates']);
      await queue.open();
      await expect.poll(() => queue.names(), poll).toEqual(['Omar Early', 'Nia Newcomer']);
      expect(await queue.firstDid('Nia Newcomer')).toEqual({
        text: 'How do I descale the kettle?',
        href: '/community',
      });

      // A colleague greets Omar (through the API) while the agent still sees him waiting.
      const colleague = world().hearth.client();
      await signedIn(ctx, colleague, 'agent');
      const quicker = await colleague.post(`/api/members/${omarId}/messages`, {
        kind: 'greeting',
        subject: 'Hello {name}',
        body: 'Welcome!',
      });
      expect(quicker.status, quicker.body).toBe(201);
      await (await queue.greet('Omar Early')).send();
      await expect
        .poll(() => queue.status(), poll)
        .toBe('Someone greeted Omar Early already: they have left the queue.');
      await expect.poll(() => queue.names(), poll).toEqual(['Nia Newcomer']);

      const dialog = await queue.greet('Nia Newcomer');
      expect(await dialog.title()).toBe('Greet Nia Newcomer');
      expect(await dialog.channel()).toBe('Direct message');
      expect(await dialog.subject()).toBe('Welcome to the community, {name}!');
      expect(await dialog.message()).toContain('I saw “How do I descale the kettle?”');
      await dialog.send();
      await expect.poll(() => queue.status(), poll).toBe('Greeted Nia Newcomer.');
      await expect.poll(() => queue.empty(), poll).toBe('Everyone new has been greeted.');
      expect(await queue.names()).toEqual([]);

      await page.goto(`/members/${niaId}`);
      const profile = new MemberProfilePage(page);
      expect(await profile.name()).toBe('Nia Newcomer');
      const messages = new MemberMessagesCard(page);
      await expect
        .poll(() => messages.items(), poll)
        .toEqual(['Greeting · Sent · Welcome to the community, Nia!']);
      expect(await messages.directMessageLinks()).toEqual([expect.stringMatching(/^\/t\/[^/]+$/)]);
      // Greeted, she is reached out to from now on.
      expect(await page.getByRole('button', { name: 'Reach out', exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Greet', exact: true }).count()).toBe(0);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'a manager messages a segment and sees each recipient’s delivery, opted-out members skipped',
    async () => {
      const ctx = world().hearth.ctx;
      const pia = await did(byEmail('Pia Beta', 'pia.beta@example.org'), 'thread', 'Billing question', 30);
      const olga = await did(byEmail('Olga Beta', 'olga.beta@example.org'), 'thread', 'Lid sizes', 20);
      const hal = await did(
        { name: 'Hal Beta', identities: [{ kind: 'handle', platform: 'twitter', value: 'hal_beta' }] },
        'mention',
        'Trying the beta lid',
        10,
      );
      const staff = world().hearth.client();
      await signedIn(ctx, staff, 'manager');
      for (const id of [pia, olga, hal]) {
        const tagged = await staff.put(`/api/members/${id}/tags`, { tags: ['beta'] });
        expect(tagged.status, tagged.body).toBe(200);
      }
      const saved = await staff.post('/api/members/segments', {
        name: 'Beta testers',
        filter: { tag: 'beta' },
      });
      expect(saved.status, saved.body).toBe(201);
      // Olga followed the link in an earlier email to stop these messages.
      const stopped = await world()
        .hearth.client()
        .post(`/api/members/opt-out?m=${olga}&t=${optOutToken(ctx.secret, olga)}`);
      expect(stopped.status, stopped.body).toBe(200);

      const manager = await createPersona(ctx, 'manager', { name: 'Mia Manager' });
      const page = await signInAs(world(), manager, '/members');
      const list = new MembersListPage(page);
      await list.chooseSegment('Beta testers');
      await expect.poll(() => list.names(), poll).toEqual(['Hal Beta', 'Olga Beta', 'Pia Beta']);
      await list.messageSegment();

      const editor = new CampaignEditorPage(page);
      expect(await editor.segment()).toBe('Beta testers');
      await expect.poll(() => editor.preview(), poll).toBe('Matches 3 members now.');
      await editor.write('Beta news', 'Beta news for {name}', 'Hi {name}, the new lid is ready to try.');
      await editor.reviewAndSend();
      await expect.poll(() => editor.confirmTitle(), poll).toBe('Send to 3 members?');
      await editor.confirm();

      const campaign = new CampaignDetailPage(page);
      expect(await campaign.name()).toBe('Beta news');
      await expect
        .poll(() => campaign.status(), poll)
        .toBe('Sent “Beta news”: 0 sent, 1 queued, 0 failed, 2 skipped.');
      // The email goes out in a job: once it has, the page tells.
      await ctx.jobs.drain();
      await page.reload();
      await expect
        .poll(async () => (await campaign.recipients()).sort(), poll)
        .toEqual([
          'Hal Beta · Skipped · no email address or account to reach them',
          'Olga Beta · Skipped · opted out of messages from staff',
          'Pia Beta · Sent · ',
        ]);
      expect(await campaign.delivery()).toBe('1 sent, 0 queued, 0 failed, 2 skipped');

      await page
        .getByRole('navigation', { name: 'Members' })
        .getByRole('link', { name: 'Campaigns' })
        .click();
      await page.getByTestId('campaigns-table').waitFor();
      expect(await page.getByTestId('campaign-row').getByRole('link').allInnerTexts()).toEqual(['Beta news']);

      // Olga's profile says she opted out.
      await page.goto(`/members/${olga}`);
      await expect.poll(() => page.getByTestId('member-opted-out').count(), poll).toBe(1);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'someone stops messages from the link in an email, signed out; a broken link says so',
    async () => {
      const ctx = world().hearth.ctx;
      const sam = await did(
        byEmail('Sam Stop', 'sam.stop@example.org'),
        'conversation',
        'Where is my order?',
        5,
      );
      const page = await world().newVisitor();

      await page.goto(`/stop-messages?m=${sam}&t=not-the-token`);
      await page.getByRole('button', { name: 'Stop these messages' }).click();
      await expect
        .poll(() => page.getByTestId('stop-messages-result').innerText(), poll)
        .toMatch(/^This link is not valid/);

      await page.goto(`/stop-messages?m=${sam}&t=${optOutToken(ctx.secret, sam)}`);
      await page.getByRole('button', { name: 'Stop these messages' }).click();
      await expect
        .poll(() => page.getByTestId('stop-messages-result').innerText(), poll)
        .toMatch(/^Done: you will not get these messages from our team any more\./);
      const staff = world().hearth.client();
      await signedIn(ctx, staff, 'agent');
      expect((await staff.get(`/api/members/${sam}`)).json<{ optedOut: boolean }>().optedOut).toBe(true);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
