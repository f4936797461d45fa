import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPersona, signedIn, type Persona } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { AppShell } from './pages/app-shell.ts';
import { ForumComposer } from './pages/forum-composer.ts';
import { ForumThread } from './pages/forum-thread.ts';
import { SignInPage } from './pages/sign-in-page.ts';

const world = useE2eWorld();
let admin: TestClient;

beforeAll(async () => {
  admin = world().hearth.client();
  await signedIn(world().hearth.ctx, admin, 'admin');
  for (const space of [
    { name: 'Help', slug: 'help', kind: 'questions' },
    { name: 'General', slug: 'general', kind: 'discussion' },
  ]) {
    const response = await admin.post('/api/admin/spaces', space);
    expect(response.status, response.body).toBe(201);
  }
});

/** A persona of `role` signed in through the real sign-in page of a fresh browser profile. */
async function browserFor(
  role: 'member' | 'staff',
  name?: string,
): Promise<{ page: Page; persona: Persona }> {
  const persona = await createPersona(world().hearth.ctx, role, name ? { name } : {});
  const page = await world().newVisitor();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(persona.email, persona.password);
  await new AppShell(page).waitUntilSignedInAs(persona.name);
  return { page, persona };
}

/** A member's API client, for the data a test starts from. */
async function apiMember(): Promise<{ client: TestClient; persona: Persona }> {
  const client = world().hearth.client();
  const persona = await signedIn(world().hearth.ctx, client, 'member');
  return { client, persona };
}

async function startThread(client: TestClient, space: string, title: string, body: string): Promise<string> {
  const response = await client.post('/api/threads', { space, title, body });
  expect(response.status, response.body).toBe(201);
  return response.json<{ thread: { id: string } }>().thread.id;
}

describe('the community in the browser', () => {
  it(
    'a member sees a similar question while typing, asks anyway, gets an answer and accepts it',
    async () => {
      const earlier = await apiMember();
      await startThread(
        earlier.client,
        'help',
        'How do I export my invoices to CSV?',
        'I need them for my accountant.',
      );

      const asker = await browserFor('member', 'Asha Asker');
      const composer = new ForumComposer(asker.page);
      await composer.open('help');
      await composer.typeTitle('Export invoices to CSV for the accountant');
      const suggestions = await composer.waitForSuggestion('How do I export my invoices to CSV?');
      expect(suggestions.join('\n')).toContain('How do I export my invoices to CSV?');
      await composer.writeBody('The old answer talks about a menu that is gone. Where is it now?');
      const threadId = await composer.submit();
      const askerView = new ForumThread(asker.page);
      expect(await askerView.title().innerText()).toBe('Export invoices to CSV for the accountant');
      await new AppShell(asker.page).waitUntilLive();

      const helper = await browserFor('member', 'Hal Helper');
      const helperView = new ForumThread(helper.page);
      await helperView.open(threadId);
      await helperView.reply('Go to **Billing › Invoices** and press *Export*.');
      await helperView.waitForPost(2);

      // The asker's page picks the answer up live, without a reload.
      await askerView.waitForPost(2);
      expect(await askerView.postText(2)).toContain('Billing › Invoices');
      expect(await askerView.answerUnderQuestion()).toBeNull();
      await askerView.accept(2);

      await expect.poll(() => askerView.answerUnderQuestion(), poll).toContain('Billing › Invoices');
      expect(await askerView.answerUnderQuestion()).toContain('Solved');
      expect(await askerView.badges()).toContain('Solved by the community');
      expect(await askerView.postText(2)).toContain('Accepted answer');

      // The helper sees it too, and a reload keeps it under the question.
      await expect.poll(() => helperView.answerUnderQuestion(), poll).toContain('Hal Helper');
      await helper.page.reload();
      await helperView.waitForPost(1);
      expect(await helperView.answerUnderQuestion()).toContain('Billing › Invoices');

      // On a phone the thread, its answer and the reply box fit the screen.
      await asker.page.setViewportSize({ width: 360, height: 740 });
      await askerView.waitForPost(2);
      expect(await asker.page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(
        false,
      );
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'staff take a thread private: its author still sees everything, a visitor only the title and the note',
    async () => {
      const author = await apiMember();
      const title = 'My delivery arrived broken';
      const secret = 'Order 88412, the glass panel is shattered';
      const threadId = await startThread(author.client, 'general', title, secret);

      const staff = await browserFor('staff', 'Sam Staff');
      const staffView = new ForumThread(staff.page);
      await staffView.open(threadId);
      await staffView.takePrivate('Let us sort this out together, I have your order here.');
      await expect.poll(() => staffView.badges(), poll).toContain('Taken private');
      expect(await staffView.postText(1)).toContain(secret);

      const authorPage = await world().newVisitor();
      const signIn = new SignInPage(authorPage);
      await signIn.open();
      await signIn.signIn(author.persona.email, author.persona.password);
      await new AppShell(authorPage).waitUntilSignedInAs(author.persona.name);
      const authorView = new ForumThread(authorPage);
      await authorView.open(threadId);
      await authorView.waitForPost(2);
      expect(await authorView.postText(1)).toContain(secret);
      expect(await authorView.postText(2)).toContain('I have your order here');
      expect(await authorView.privateStub()).toBeNull();

      const visitor = await world().newVisitor();
      const visitorView = new ForumThread(visitor);
      await visitorView.open(threadId);
      expect(await visitorView.title().innerText()).toBe(title);
      expect(await visitorView.privateStub()).toContain('took this conversation private');
      expect(await visitorView.postCount()).toBe(0);
      const visible = await visitor.locator('main').innerText();
      expect(visible).not.toContain(secret);
      expect(visible).not.toContain('I have your order here');
      expect(await visitor.getByRole('link', { name: 'Sign in', exact: true }).count()).toBeGreaterThan(0);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'quoting and editing start from the Markdown source: bold and a table stay as written',
    async () => {
      const source = [
        'Prices are **firm** until the end of the month.',
        '',
        '| Plan | Seats | Price |',
        '| :--- | :---: | ---: |',
        '| Solo | 1 | 9 |',
        '| Team | 10 | 49 |',
      ].join('\n');
      const writer = await apiMember();
      const threadId = await startThread(writer.client, 'general', 'Our plans and prices', source);

      const reader = await browserFor('member');
      const view = new ForumThread(reader.page);
      await view.open(threadId);
      await view.waitForPost(1);
      // The table keeps its column alignment (a class: the CSP allows no inline styles).
      expect(await view.tableAlignments(1)).toEqual([
        ['left', 'center', 'right'],
        ['left', 'center', 'right'],
        ['left', 'center', 'right'],
      ]);

      await view.quote(1);
      const quote = `${[`@${writer.persona.handle} wrote:`, ...source.split('\n')]
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n')}\n\n`;
      expect(await view.replyDraft()).toBe(quote);

      await view.reply(`${quote}So the team plan is **49** a month?`);
      await view.waitForPost(2);
      expect(await view.postText(2)).toContain('Team');
      expect(await view.editText(2)).toBe(`${quote}So the team plan is **49** a month?`);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'a link to a post without a page (as in emails) opens the page that holds it, with the post focused',
    async () => {
      const writer = await apiMember();
      const threadId = await startThread(
        writer.client,
        'general',
        'A long conversation about release notes',
        'Post number 1.',
      );
      const postIds = new Map<number, string>();
      for (let number = 2; number <= 30; number += 1) {
        const reply = await writer.client.post(`/api/threads/${threadId}/replies`, {
          body: `Post number ${number}.`,
        });
        expect(reply.status, reply.body).toBe(201);
        postIds.set(number, reply.json<{ post: { id: string } }>().post.id);
      }
      const target = postIds.get(25) ?? '';

      const visitor = await world().newVisitor();
      const asked: string[] = [];
      visitor.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname === `/api/threads/${threadId}`) asked.push(url.search);
      });
      const view = new ForumThread(visitor);
      await view.openAtPost(threadId, target);
      await view.waitForPost(25);
      expect(await view.pageStatus()).toBe('Page 2 of 2');
      expect(await view.postCount()).toBe(10);
      await expect.poll(() => view.focusedPostNumber(), poll).toBe(25);
      expect(await view.isPostOnScreen(25)).toBe(true);
      expect(new URL(visitor.url()).hash).toBe(`#post-${target}`);
      // The page that holds the post was asked for straight away, not found by trying pages.
      expect(asked.length).toBeGreaterThan(0);
      for (const search of asked) expect(new URLSearchParams(search).get('post')).toBe(target);

      // The space's list says who replied last.
      await visitor.goto('/c/general');
      const item = visitor.locator(`[data-testid="thread-item"][data-thread-id="${threadId}"]`);
      await item.getByTestId('last-poster').waitFor();
      expect(await item.innerText()).toContain(`last reply by ${writer.persona.name}`);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'renders hostile Markdown as inert text and links, also through quotes and search',
    async () => {
      const payloads = [
        '<img src=x onerror="window.__xss = 1; alert(1)">',
        '[click me](javascript:window.__xss=1)',
        '[mixed case](JaVaScRiPt:alert(1))',
        '[entity](&#106;avascript:alert(1))',
        '<script>window.__xss = 1; alert(1)</script>',
        '<svg onload="window.__xss = 1">',
        '<iframe src="javascript:window.__xss=1"></iframe>',
        '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
        '![pic](javascript:window.__xss=1)',
        '<a href="javascript:alert(1)">raw link</a>',
        '<details open ontoggle="window.__xss = 1">x</details>',
      ];
      const writer = await apiMember();
      const threadId = await startThread(
        writer.client,
        'general',
        'Payload party <img src=x onerror=alert(1)>',
        payloads.slice(0, 5).join('\n\n'),
      );
      const reply = await writer.client.post(`/api/threads/${threadId}/replies`, {
        body: payloads.slice(5).join('\n\n'),
      });
      expect(reply.status, reply.body).toBe(201);

      const reader = await browserFor('member');
      const dialogs: string[] = [];
      reader.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const view = new ForumThread(reader.page);
      await view.open(threadId);
      await view.waitForPost(2);
      expect(await view.postText(1)).toContain('onerror');
      expect(await view.postText(2)).toContain('ontoggle');

      // Quote the payloads into a reply and post it: the round trip through the editor stays inert.
      await view.quote(2);
      expect(await view.replyDraft()).toMatch(/^> @/);
      await reader.page.getByRole('button', { name: 'Post reply', exact: true }).click();
      await view.waitForPost(3);

      await reader.page.goto(`/search?q=click`);
      await reader.page.getByTestId('search-results').waitFor();
      expect(await reader.page.locator('.search-highlight mark').count()).toBeGreaterThan(0);
      await view.open(threadId);
      await view.waitForPost(3);
      await reader.page.waitForTimeout(300);

      const dom = (await reader.page.evaluate(`(() => {
        const hrefs = [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\\\:href]')]
          .flatMap((el) => ['href', 'src', 'action', 'formaction', 'xlink:href'].map((a) => el.getAttribute(a) ?? ''));
        const bodies = [...document.querySelectorAll('.prose')];
        return {
          flag: window.__xss ?? null,
          scriptish: hrefs.filter((value) => /^\\s*(javascript|data|vbscript):/i.test(value)),
          active: bodies.flatMap((body) => [...body.querySelectorAll('script, iframe, svg, object, embed, details, img')])
            .map((el) => el.outerHTML),
          handlers: bodies.flatMap((body) => [...body.querySelectorAll('*')])
            .flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        };
      })()`)) as { flag: unknown; scriptish: string[]; active: string[]; handlers: string[] };
      expect(dom).toEqual({ flag: null, scriptish: [], active: [], handlers: [] });
      expect(dialogs).toEqual([]);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
