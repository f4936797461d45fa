import { describe, expect, it } from 'vitest';
import { createPersona, signedIn, type Persona } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { AdminSpacesPage } from './pages/staff-admin-spaces-page.ts';
import { ModerationQueuePage } from './pages/staff-moderation-page.ts';
import { signInAs } from './pages/sign-in-as.ts';
import { NotificationBell } from './pages/staff-notification-bell.ts';

const world = useE2eWorld();

/** An API client of someone new with this role (the harness way of making data). */
async function apiAs(role: Persona['role']): Promise<{ client: TestClient; persona: Persona }> {
  const client = world().hearth.client();
  const persona = await signedIn(world().hearth.ctx, client, role);
  return { client, persona };
}

let admin: Promise<TestClient> | undefined;

/** One admin's API client for the whole file (each sign-in costs an argon2 verification). */
function adminApi(): Promise<TestClient> {
  admin ??= apiAs('admin').then(({ client }) => client);
  return admin;
}

let spaceCounter = 0;

/** A discussion space made by an admin through the API; returns its slug. */
async function discussionSpace(): Promise<string> {
  const slug = `talk-${++spaceCounter}`;
  const response = await (
    await adminApi()
  ).post('/api/admin/spaces', {
    name: `Talk ${spaceCounter}`,
    slug,
    kind: 'discussion',
  });
  expect(response.status).toBe(201);
  return slug;
}

async function startThread(client: TestClient, space: string, title: string, body: string) {
  const response = await client.post('/api/threads', { space, title, body });
  expect(response.status, response.body).toBe(201);
  const page = response.json<{ thread: { id: string }; posts: { id: string }[] }>();
  return { threadId: page.thread.id, postId: page.posts[0]?.id ?? '' };
}

describe('staff queues and notifications', () => {
  it(
    "shows a reply on the thread author's bell without a reload, and opening it marks it read",
    async () => {
      const space = await discussionSpace();
      const a = await apiAs('member');
      const bClient = world().hearth.client();
      const b = await createPersona(world().hearth.ctx, 'member');
      await bClient.signIn(b.email, b.password);
      const { threadId } = await startThread(
        bClient,
        space,
        'Printer says offline',
        'It was fine yesterday.',
      );

      const page = await signInAs(world(), b);
      const bell = new NotificationBell(page);
      expect(await bell.unreadShown()).toBe(0);
      await page.evaluate('window.loadedBeforeTheReply = true');

      const reply = await a.client.post(`/api/threads/${threadId}/replies`, {
        body: 'Try turning it off and on.',
      });
      expect(reply.status, reply.body).toBe(201);

      await expect.poll(() => bell.unreadShown(), poll).toBe(1);
      expect(await bell.label()).toBe('Notifications, 1 unread');
      expect(await page.evaluate('window.loadedBeforeTheReply === true'), 'no reload').toBe(true);

      await bell.open();
      await bell.openNotification('Printer says offline');
      await page.waitForURL((url) => url.pathname === `/t/${threadId}`);
      await expect
        .poll(async () => (await bClient.get('/api/notifications/unread')).json().unread, poll)
        .toBe(0);
      await expect.poll(() => bell.unreadShown(), poll).toBe(0);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'hides a post that three members flag; a moderator dismisses the flags and it is visible again',
    async () => {
      const settings = await (
        await adminApi()
      ).patch('/api/admin/settings', {
        community: { autoHideFlagCount: 3 },
      });
      expect(settings.status, settings.body).toBe(200);
      const space = await discussionSpace();
      const author = await apiAs('member');
      const { threadId, postId } = await startThread(
        author.client,
        space,
        'Cheap watches here',
        'Visit my shop for **amazing** deals.',
      );
      const flaggers = [await apiAs('member'), await apiAs('member'), await apiAs('member')];
      const flag = (index: number, reason: string, note: string) =>
        flaggers[index]?.client.post(`/api/posts/${postId}/flags`, { reason, note });
      expect((await flag(0, 'spam', 'Selling watches'))?.status).toBe(201);
      expect((await flag(1, 'other', 'Looks like an advert'))?.status).toBe(201);

      const moderator = await createPersona(world().hearth.ctx, 'moderator');
      const page = await signInAs(world(), moderator);
      const queue = new ModerationQueuePage(page);
      await queue.openFromNavigation();
      await expect.poll(() => queue.shown(postId), poll).toEqual({ hidden: false, flags: 2 });
      expect(await queue.postText(postId)).toContain('Visit my shop for amazing deals.');

      // The third flag hides the post, and the open queue shows it without a reload.
      expect((await flag(2, 'spam', ''))?.status).toBe(201);
      await expect.poll(() => queue.shown(postId), poll).toEqual({ hidden: true, flags: 3 });
      const hiddenPost = await author.client.get(`/api/threads/${threadId}`);
      expect(hiddenPost.json<{ posts: { hidden: boolean }[] }>().posts[0]?.hidden).toBe(true);
      const notes = await queue.flagNotes(postId);
      expect(notes.join('\n')).toContain('Looks like an advert');
      expect(notes.join('\n')).toContain('Spam');

      await queue.decide(postId, 'Dismiss flags');
      await expect.poll(() => queue.shown(postId), poll).toBe('absent');
      await expect.poll(() => queue.status(), poll).toContain('visible again');
      const visible = await author.client.get(`/api/threads/${threadId}`);
      expect(visible.json<{ posts: { hidden: boolean }[] }>().posts[0]?.hidden).toBe(false);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'lets an admin create a space in Admin › Spaces, and it appears on the Community page',
    async () => {
      const admin = await createPersona(world().hearth.ctx, 'admin');
      const page = await signInAs(world(), admin);
      const spaces = new AdminSpacesPage(page);
      await spaces.open();
      await spaces.create({
        name: 'Product ideas',
        description: 'What should we build next?',
        kind: 'Ideas',
      });
      await expect.poll(() => spaces.names(), poll).toContain('Product ideas');
      expect(await spaces.addressOf('Product ideas')).toBe('/c/product-ideas');

      await page
        .getByRole('navigation', { name: 'Primary' })
        .getByRole('link', { name: 'Community', exact: true })
        .click();
      await page.getByRole('heading', { name: 'Product ideas' }).waitFor();
      expect(await page.getByText('What should we build next?').isVisible()).toBe(true);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
