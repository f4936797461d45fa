import { describe, expect, it } from 'vitest';
import { resolveMembers, type PersonInput } from '../../src/modules/members/index.ts';
import { createPersona } from '../support/personas.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { AccountPage } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { MemberProfilePage } from './pages/members.ts';
import { signInAs } from './pages/sign-in-as.ts';
import { SignInPage } from './pages/sign-in-page.ts';

const world = useE2eWorld();

/** Someone signs up in the community (through the API), as a member with an account. */
async function signsUp(name: string, email: string, password: string): Promise<void> {
  const response = await world().hearth.client().post('/api/auth/signup', { email, password, name });
  expect(response.status, response.body).toBe(201);
}

/** People Hearth met (by email, say), each a member of their own; returns their member ids. */
async function met(people: PersonInput[]): Promise<string[]> {
  const ctx = world().hearth.ctx;
  const ids = await ctx.database.transaction((tx) => resolveMembers(tx, people, ctx.clock.now()));
  return ids.map((id) => id ?? expect.fail('Hearth made no member of someone it met'));
}

describe('privacy', () => {
  it(
    'a member downloads their data, erases their account, ends signed out and cannot sign in again',
    async () => {
      const member = {
        name: 'Maren Quill',
        email: 'maren.quill@example.org',
        password: 'a long enough password',
      };
      await signsUp(member.name, member.email, member.password);
      const page = await world().newVisitor();
      const signIn = new SignInPage(page);
      const shell = new AppShell(page);
      await signIn.open();
      await signIn.signIn(member.email, member.password);
      await shell.waitUntilSignedInAs(member.name);
      await shell.openAccountSettings();
      const account = new AccountPage(page);

      const file = await account.downloadData();
      expect(file.name).toMatch(/^hearth-data-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(file.text) as { accounts: { account: { email: string; name: string } } };
      expect(data.accounts.account).toMatchObject({ email: member.email, name: member.name });

      const explained = await account.eraseAccount();
      expect(explained).toContain('under the name “Erased member”');
      expect(explained).toContain('IP addresses');
      expect(explained).toContain('This cannot be undone.');
      await page.waitForURL((url) => url.pathname === '/community');
      await expect
        .poll(() => page.locator('.page-status').innerText(), poll)
        .toBe('Your account was erased. You are signed out, and it cannot be used again.');
      await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
      expect(await page.getByTestId('user-menu-button').count()).toBe(0);

      await signIn.open();
      await signIn.signIn(member.email, member.password);
      expect(await signIn.error()).toBe('That email and password do not match an account.');
      expect(new URL(page.url()).pathname).toBe('/signin');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'an agent sees who may be the same person, with the reasons, and merges them in one click',
    async () => {
      const [workId, homeId] = await met([
        { name: 'Priya Raman', identities: [{ kind: 'email', value: 'priya@kettleworks.test' }] },
        { name: 'Priya Raman', identities: [{ kind: 'email', value: 'p.raman@kettleworks.test' }] },
      ]);
      expect(homeId).not.toBe(workId);
      const agent = await createPersona(world().hearth.ctx, 'agent', { name: 'Ada Agent' });
      const page = await signInAs(world(), agent, `/members/${workId}`);
      const profile = new MemberProfilePage(page);
      await page.getByTestId('member-page').waitFor();

      await expect
        .poll(() => profile.suggestions(), poll)
        .toEqual([
          {
            name: 'Priya Raman',
            reasons: ['The same name (Priya Raman)', 'Both write from an address at kettleworks.test'],
          },
        ]);

      await profile.mergeSuggested('Priya Raman');
      await expect.poll(() => profile.status(), poll).toBe('Priya Raman was merged into this member.');
      await expect.poll(() => profile.merges(), poll).toEqual(['Priya Raman · By Ada Agent']);
      expect(await profile.mergeReasons()).toEqual([
        'Suggested: the same name (Priya Raman); both write from an address at kettleworks.test.',
      ]);
      expect(await profile.identities()).toEqual([
        'email: p.raman@kettleworks.test',
        'email: priya@kettleworks.test',
      ]);
      await expect.poll(() => page.getByTestId('merge-suggestions').count(), poll).toBe(0);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'an admin exports a member’s data on their request, then erases them',
    async () => {
      const [olekId] = await met([
        { name: 'Olek Brandt', identities: [{ kind: 'email', value: 'olek.brandt@example.org' }] },
      ]);
      const admin = await createPersona(world().hearth.ctx, 'admin', { name: 'Abe Admin' });
      const page = await signInAs(world(), admin, `/members/${olekId}`);
      const profile = new MemberProfilePage(page);
      await page.getByTestId('member-page').waitFor();

      const file = await profile.exportData();
      const data = JSON.parse(file.text) as { identities: { emails: string[] } };
      expect(data.identities.emails).toEqual(['olek.brandt@example.org']);

      await profile.erase('Asked by email to be forgotten');
      await expect
        .poll(() => profile.status(), poll)
        .toBe('Olek Brandt was erased: 1 member profile anonymised; 1 identity deleted.');
      await expect.poll(() => profile.name(), poll).toBe('Erased member');
      expect(await profile.identities()).toEqual([]);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
