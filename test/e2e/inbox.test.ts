import { describe, expect, it } from 'vitest';
import { createPersona, signedIn, type Persona } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { InboxConversationPage } from './pages/inbox-conversation-page.ts';
import { InboxListPage } from './pages/inbox-list-page.ts';
import { InboxRatingPage, SupportPage } from './pages/inbox-rating-page.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();

/** Presence travels by heartbeat (every 5 s) when a page misses the first announcement. */
const presencePoll = { ...poll, timeout: 12_000 };

let manager: Promise<TestClient> | undefined;

/** One manager's API client for the file: they log calls, write saved replies and resolve. */
function managerApi(): Promise<TestClient> {
  manager ??= (async () => {
    const client = world().hearth.client();
    await signedIn(world().hearth.ctx, client, 'manager');
    return client;
  })();
  return manager;
}

/** A logged phone call: the quickest way to a conversation nobody has answered yet. */
async function phoneConversation(caller: string, subject: string): Promise<string> {
  const response = await (
    await managerApi()
  ).post('/api/inbox/phone-calls', {
    name: caller,
    phone: '+44 20 7946 0000',
    subject,
    summary: 'Charged twice for the same order; wants the second charge back.',
    answeredOnCall: false,
  });
  expect(response.status, response.body).toBe(200);
  return response.json<{ conversation: { id: string } }>().conversation.id;
}

async function agent(name: string): Promise<Persona> {
  return createPersona(world().hearth.ctx, 'agent', { name });
}

describe('the agents’ inbox', () => {
  it(
    'shows two agents on one conversation to each other, and one typing a reply to the other',
    async () => {
      const id = await phoneConversation('Robin Vale', 'Router keeps dropping the connection');
      const dana = await agent('Dana Okafor');
      const sam = await agent('Sam Reyes');
      const danaPage = new InboxConversationPage(await signInAs(world(), dana, `/inbox/c/${id}`));
      await danaPage.waitUntilShown();
      const samPage = new InboxConversationPage(await signInAs(world(), sam, `/inbox/c/${id}`));
      await samPage.waitUntilShown();

      await expect.poll(() => danaPage.presenceShown(), presencePoll).toEqual(['Sam Reyes is viewing']);
      await expect.poll(() => samPage.presenceShown(), presencePoll).toEqual(['Dana Okafor is viewing']);

      await samPage.typeReply('Hello Robin, could you try');
      await expect
        .poll(() => danaPage.presenceShown(), presencePoll)
        .toEqual(['Sam Reyes is typing a reply…']);
      expect(await samPage.presenceShown()).toEqual(['Dana Okafor is viewing']);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'answers with a saved reply whose names are filled in; the reply goes out and the conversation waits',
    async () => {
      const saved = await (
        await managerApi()
      ).post('/api/inbox/saved-replies', {
        title: 'Refund on its way',
        body: 'Hi {{member.first_name}}, the second charge is refunded: expect it within 5 days. {{agent.first_name}}',
      });
      expect(saved.status, saved.body).toBe(200);
      const subject = 'Charged twice for order 4411';
      const id = await phoneConversation('Priya Natarajan', subject);
      const lee = await agent('Lee Fontaine');

      const page = await signInAs(world(), lee);
      const list = new InboxListPage(page);
      await list.open();
      const row = await list.rowText(subject);
      expect(row).toContain('Phone');
      expect(row).toContain('Priya Natarajan');
      await list.openConversation(subject);
      expect(new URL(page.url()).pathname).toBe(`/inbox/c/${id}`);

      const conversation = new InboxConversationPage(page);
      await conversation.insertSavedReply('Refund on its way');
      await expect
        .poll(() => conversation.replyDraft(), poll)
        .toBe('Hi Priya, the second charge is refunded: expect it within 5 days. Lee');
      await conversation.sendReply();

      await expect.poll(() => conversation.replyStatus(), poll).toContain('now pending');
      const messages = await conversation.messages();
      expect(messages.at(-1)).toEqual({
        direction: 'out',
        text: 'Hi Priya, the second charge is refunded: expect it within 5 days. Lee',
      });
      expect(await conversation.statusShown()).toBe('Pending');
      expect(await conversation.replyDraft()).toBe('');
      const stored = await (await managerApi()).get(`/api/inbox/conversations/${id}`);
      expect(stored.json<{ conversation: { status: string } }>().conversation.status).toBe('pending');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'logs a phone call from the inbox: it opens as a conversation answered on the call',
    async () => {
      const page = await signInAs(world(), await agent('Kim Ashby'));
      const list = new InboxListPage(page);
      await list.open();
      await list.logPhoneCall({
        caller: 'Jo Brennan',
        subject: 'Invoice address is wrong',
        summary: 'The invoice still shows the **old** address.',
      });
      const conversation = new InboxConversationPage(page);
      expect(await conversation.heading()).toBe('Invoice address is wrong');
      expect(await conversation.messages()).toEqual([
        { direction: 'in', text: 'The invoice still shows the old address.' },
        { direction: 'out', text: 'Answered on the call by Kim Ashby.' },
      ]);
      await list.open();
      expect(await list.rowText('Invoice address is wrong')).toContain('Jo Brennan');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'takes a rating from the link without signing in, says so when a link is not valid, and links to when we answer',
    async () => {
      const id = await phoneConversation('Alex Marsh', 'Cannot log in after the update');
      const api = await managerApi();
      const resolved = await api.patch(`/api/inbox/conversations/${id}`, { status: 'resolved' });
      expect(resolved.status, resolved.body).toBe(200);
      const rows = await world().hearth.ctx.database.sql.query<{ token: string }>(
        'select token from inbox_csat where conversation_id = $1',
        [id],
      );
      const token = rows.rows[0]?.token ?? '';
      expect(token).not.toBe('');

      const rating = new InboxRatingPage(await world().newVisitor());
      await rating.open(token);
      await rating.waitForForm();
      expect(await rating.question()).toContain('Cannot log in after the update');
      await rating.rate(4, 'Quick and kind.');
      expect(await rating.thanks()).toContain('You rated the help 4 out of 5');

      const detail = await api.get(`/api/inbox/conversations/${id}`);
      expect(detail.json<{ conversation: { csat: unknown } }>().conversation.csat).toEqual({
        rating: 4,
        comment: 'Quick and kind.',
      });

      await rating.open('this-token-was-never-issued-by-hearth');
      expect(await rating.invalidNotice()).toContain('This rating link is not valid');

      await rating.followLink('When will we answer?');
      const support = new SupportPage(rating.page);
      expect(await support.rightNow()).toContain('We are here');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
