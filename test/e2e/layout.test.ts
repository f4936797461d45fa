import { describe, expect, it } from 'vitest';
import { createPersona, signedIn } from '../support/personas.ts';
import { testTimeout, useE2eWorld } from './harness.ts';
import { AppShell } from './pages/app-shell.ts';
import { CommandCenter } from './pages/command-center.ts';
import { SignInPage } from './pages/sign-in-page.ts';

const world = useE2eWorld();

async function signedInVisitor(viewport: { width: number; height: number }) {
  const member = await createPersona(world().hearth.ctx, 'member');
  const page = await world().newVisitor();
  await page.setViewportSize(viewport);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(member.email, member.password);
  await new AppShell(page).waitUntilSignedInAs(member.name);
  return page;
}

describe('the command-center layout', () => {
  it(
    'works from the keyboard: skip link first, then every section by Tab and Enter',
    async () => {
      const page = await signedInVisitor({ width: 1280, height: 800 });
      const center = new CommandCenter(page);
      await page.keyboard.press('Tab');
      expect(await center.focusedText()).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await center.focusedId()).toBe('main');
      await page.goto('/inbox');
      await center.waitForSection('Inbox');
      await center.tabTo('Members');
      await page.keyboard.press('Enter');
      await center.waitForSection('Members');
      expect(new URL(page.url()).pathname).toBe('/members');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'fits a phone: navigation behind a menu button, no sideways scrolling',
    async () => {
      const page = await signedInVisitor({ width: 360, height: 740 });
      const center = new CommandCenter(page);
      await center.waitForSection('Inbox');
      expect(await center.navLink('Members').isVisible()).toBe(false);
      await center.openMenu();
      await center.navLink('Members').click();
      await center.waitForSection('Members');
      expect(await center.pageWiderThanScreen()).toBe(false);
      await page.goto('/account');
      await page.getByRole('heading', { name: 'Account settings', exact: true, level: 1 }).waitFor();
      expect(await center.pageWiderThanScreen()).toBe(false);
    },
    testTimeout,
  );

  it(
    'lists the community spaces, and a space an admin creates appears without a reload',
    async () => {
      const admin = world().hearth.client();
      await signedIn(world().hearth.ctx, admin, 'admin');
      await admin.post('/api/admin/spaces', {
        name: 'Questions & answers',
        slug: 'questions',
        kind: 'questions',
      });
      const page = await signedInVisitor({ width: 1280, height: 800 });
      await page.goto('/community');
      await new AppShell(page).waitUntilLive();
      const cards = page.getByTestId('space-card');
      await cards.filter({ hasText: 'Questions & answers' }).waitFor();
      await admin.post('/api/admin/spaces', {
        name: 'Ideas',
        slug: 'ideas',
        kind: 'ideas',
        description: 'What next?',
      });
      await cards.filter({ hasText: 'What next?' }).waitFor();
      expect(await cards.count()).toBe(2);
    },
    testTimeout,
  );
});
