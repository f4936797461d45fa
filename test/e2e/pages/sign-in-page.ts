import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/signin');
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email', { exact: true }).fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** Resolves once the browser is on /signin and shows the sign-in form. */
  async waitUntilShown(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === '/signin');
    await this.page.getByRole('heading', { name: 'Sign in', exact: true, level: 1 }).waitFor();
  }

  /** What the form says went wrong ("" while it says nothing). */
  async error(): Promise<string> {
    const alert = this.page.getByRole('alert');
    await alert.waitFor();
    return (await alert.innerText()).trim();
  }
}
