import { beforeAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../src/modules/inbox/index.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import { hookTimeout, poll, testTimeout, useE2eWorld } from './harness.ts';
import { CaptureIdea, IdeaPage, IdeasBoardPage } from './pages/ideas.ts';
import { InboxConversationPage } from './pages/inbox-conversation-page.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();
const slug = 'wishlist';

/** An ideas space, made by an admin through the API as the admin pages do. */
beforeAll(async () => {
  const admin = world().hearth.client();
  await signedIn(world().hearth.ctx, admin, 'admin');
  const created = await admin.post('/api/admin/spaces', { name: 'Wishlist', slug, kind: 'ideas' });
  expect(created.status).toBe(201);
}, hookTimeout);

async function customerWrites(): Promise<string> {
  const ctx = world().hearth.ctx;
  const opened = await ctx.database.transaction((tx) =>
    ingestMessage(tx, ctx, {
      channel: 'api',
      conversationRef: 'e2e-vacation',
      externalId: 'api:e2e-vacation',
      subject: 'Is there a vacation mode?',
      text: 'We travel for three weeks: can the thermostat hold 12 degrees until we are back?',
      html: '<p>We travel for three weeks: can the thermostat hold 12 degrees until we are back?</p>',
      from: { memberId: null, name: 'Helena Fischer', address: 'helena@example.net' },
      at: ctx.clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  return opened.conversationId as string;
}

describe('ideas board', () => {
  it(
    'an agent captures an idea from an inbox conversation; it is on the board with a link back',
    async () => {
      const conversationId = await customerWrites();
      const agent = await createPersona(world().hearth.ctx, 'agent', { name: 'Theo Agent' });
      const page = await signInAs(world(), agent, `/inbox/c/${conversationId}`);
      const conversation = new InboxConversationPage(page);
      await conversation.waitUntilShown();

      const capture = new CaptureIdea(page);
      await capture.open();
      expect(await capture.person()).toContain('Helena Fischer');
      await capture.captureNew('Vacation mode with a return date', 'Hold a low temperature while away.');
      await capture.openCaptured();

      const idea = new IdeaPage(page);
      expect(await idea.title()).toBe('Vacation mode with a return date');
      expect(await idea.sourceLink()).toEqual({
        text: 'an inbox conversation',
        href: `/inbox/c/${conversationId}`,
      });
      expect(await idea.voters()).toEqual([expect.stringContaining('Helena Fischer')]);

      const board = new IdeasBoardPage(page);
      await board.open(slug);
      await expect.poll(() => board.titles(), poll).toEqual(['Vacation mode with a return date']);
      expect(await board.badges('Vacation mode with a return date')).toEqual(['New', 'Captured']);
      await board.openIdea('Vacation mode with a return date');
      await idea.openSource();
      await page.waitForURL((url) => url.pathname === `/inbox/c/${conversationId}`);
      await conversation.waitUntilShown();
    },
    testTimeout,
  );

  it(
    'a member votes, and hears in the app when staff ship the idea with a response',
    async () => {
      const ctx = world().hearth.ctx;
      const author = world().hearth.client();
      await signedIn(ctx, author, 'member');
      const submitted = await author.post(`/api/spaces/${slug}/ideas`, {
        title: 'Show humidity on the display',
        body: 'The sensor measures it already.',
      });
      const ideaId = submitted.json<{ id: string }>().id;

      const member = await createPersona(ctx, 'member', { name: 'Mina Member' });
      const memberPage = await signInAs(world(), member, `/c/${slug}`);
      const board = new IdeasBoardPage(memberPage);
      await memberPage.getByTestId('ideas-board').waitFor();
      await expect.poll(() => board.titles(), poll).toContain('Show humidity on the display');
      await board.vote('Show humidity on the display');
      await expect
        .poll(() => board.voteState('Show humidity on the display'), poll)
        .toEqual({ count: '1', voted: 'true' });

      const manager = await createPersona(ctx, 'manager', { name: 'Maya Manager' });
      const managerPage = await signInAs(world(), manager, `/ideas/${ideaId}`);
      const staffView = new IdeaPage(managerPage);
      await managerPage.getByTestId('idea-page').waitFor();
      expect(await staffView.voters()).toEqual([expect.stringContaining('Mina Member')]);
      await staffView.setStatus('Shipped', 'Live in firmware 4.3: long-press the dial.');
      await expect.poll(() => staffView.status(), poll).toBe('Shipped');

      await memberPage.goto('/notifications');
      const shipped = memberPage.locator('[data-testid="notification-item"][data-kind="idea_shipped"]');
      await expect
        .poll(() => shipped.innerText(), poll)
        .toContain('“Show humidity on the display” has shipped: Live in firmware 4.3');
      expect(await shipped.innerText()).toContain('Shipped!');
      await shipped.getByRole('link').click();
      const idea = new IdeaPage(memberPage);
      await memberPage.getByTestId('idea-page').waitFor();
      expect(await idea.status()).toBe('Shipped');
      expect(await idea.response()).toContain('Live in firmware 4.3: long-press the dial.');
    },
    testTimeout,
  );
});
