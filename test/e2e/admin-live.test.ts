import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createPersona, type Persona } from '../support/personas.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { AdminUsersPage } from './pages/admin-users-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { SignInPage } from './pages/sign-in-page.ts';

describe('two admins on the users page', () => {
  const world = useE2eWorld();

  /** An admin signed in through the sign-in page, on /admin/users with live updates flowing. */
  async function adminOnUsersPage(admin: Persona): Promise<{ page: Page; users: AdminUsersPage }> {
    const page = await world().newVisitor();
    const signIn = new SignInPage(page);
    const shell = new AppShell(page);
    await signIn.open();
    await signIn.signIn(admin.email, admin.password);
    await shell.waitUntilSignedInAs(admin.name);
    const users = new AdminUsersPage(page);
    await users.open();
    await shell.waitUntilLive();
    return { page, users };
  }

  it(
    "see each other's role changes and suspensions without reloading",
    async () => {
      const member = await createPersona(world().hearth.ctx, 'member');
      const [adminA, adminB] = [
        await createPersona(world().hearth.ctx, 'admin'),
        await createPersona(world().hearth.ctx, 'admin'),
      ];
      const [a, b] = await Promise.all([adminOnUsersPage(adminA), adminOnUsersPage(adminB)]);
      expect(await b.users.roleShownFor(member)).toBe('Member');
      expect(await b.users.statusShownFor(member)).toBe('Active');
      // A reload would start a fresh window without this mark.
      await b.page.evaluate('window.loadedBeforeTheChanges = true');

      await a.users.changeRole(member, 'Moderator');
      expect(await a.users.roleShownFor(member)).toBe('Moderator');
      await expect.poll(() => b.users.roleShownFor(member), poll).toBe('Moderator');

      const reason = 'Posted the same link forty times.';
      await a.users.suspend(member, reason);
      await expect.poll(() => b.users.statusShownFor(member), poll).toMatch(/^Suspended/);
      expect(await b.users.statusShownFor(member)).toContain(reason);

      const sameWindow = await b.page.evaluate('window.loadedBeforeTheChanges === true');
      expect(sameWindow, "B's page was never reloaded").toBe(true);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
