import type { Page } from 'playwright-core';

/** The signed-in frame around every app page: header, live indicator, user menu. */
export class AppShell {
  constructor(private readonly page: Page) {}

  private get userMenuButton() {
    return this.page.getByTestId('user-menu-button');
  }

  /** Resolves once the header shows this user's name in the user menu. */
  async waitUntilSignedInAs(name: string): Promise<void> {
    await this.userMenuButton.filter({ hasText: name }).waitFor();
  }

  /** Resolves once the live indicator says updates arrive as they happen. */
  async waitUntilLive(): Promise<void> {
    await this.page.locator('[data-testid="live-status"][data-state="open"]').waitFor();
  }

  async openAccountSettings(): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByRole('link', { name: 'Account settings', exact: true }).click();
    await this.page.waitForURL((url) => url.pathname === '/account');
  }

  async signOut(): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByRole('button', { name: 'Sign out', exact: true }).click();
  }

  /** The path the browser shows, e.g. "/inbox". */
  path(): string {
    return new URL(this.page.url()).pathname;
  }
}
