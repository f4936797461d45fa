import { describe, expect, it } from 'vitest';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { AccountPage } from './pages/account-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { SignUpPage } from './pages/sign-up-page.ts';

describe('a visitor in the browser', () => {
  const world = useE2eWorld();

  it(
    'signs up, signs in again, makes a Write API token that works, and signs out',
    async () => {
      const page = await world().newVisitor();
      const shell = new AppShell(page);
      const signIn = new SignInPage(page);
      const account = new AccountPage(page);
      const visitor = {
        name: 'Robin Hearthstone',
        email: 'robin@example.test',
        password: 'a long enough password',
      };

      const signUp = new SignUpPage(page);
      await signUp.open();
      await signUp.signUp(visitor);
      await shell.waitUntilSignedInAs(visitor.name);
      expect(shell.path()).toBe('/inbox');

      await shell.signOut();
      await signIn.waitUntilShown();
      await signIn.signIn(visitor.email, visitor.password);
      await shell.waitUntilSignedInAs(visitor.name);
      expect(shell.path()).toBe('/inbox');

      await shell.openAccountSettings();
      await account.createToken('Nightly export', 'Write');
      const secret = await account.readNewTokenSecret();
      expect(secret).toMatch(/^hth_/);
      await account.confirmSecretCopied();
      await expect
        .poll(() => account.listedTokens(), poll)
        .toContainEqual({
          name: 'Nightly export',
          scope: 'Write',
        });
      expect(await account.shows(secret), 'the secret is shown only once').toBe(false);

      const response = await fetch(`${world().baseUrl}/api/me`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { user: { email: string } };
      expect(body.user.email).toBe(visitor.email);

      await shell.signOut();
      await signIn.waitUntilShown();
      await account.open();
      await signIn.waitUntilShown();

      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'would notice a CSP violation: a script the server did not ship is refused and reported',
    async () => {
      const page = await world().newVisitor();
      await new SignInPage(page).open();
      const before = world().cspViolations.length;
      // As text: this tsconfig has no DOM types, and the code runs in the page anyway.
      const ran = await page.evaluate(`(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
        return window.injected === true;
      })()`);
      expect(ran).toBe(false);
      await expect.poll(() => world().cspViolations.length, poll).toBeGreaterThan(before);
      world().cspViolations.splice(before);
      await page.context().close();
    },
    testTimeout,
  );
});
