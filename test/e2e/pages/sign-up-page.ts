import type { Page } from 'playwright-core';

export class SignUpPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/signup');
  }

  async signUp(details: { name: string; email: string; password: string }): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(details.name);
    await this.page.getByLabel('Email', { exact: true }).fill(details.email);
    await this.page.getByLabel('Password', { exact: true }).fill(details.password);
    await this.page.getByRole('button', { name: 'Create account', exact: true }).click();
  }
}
