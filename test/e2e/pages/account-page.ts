import type { Page } from 'playwright-core';

export type TokenScope = 'Read' | 'Write';

export interface ListedToken {
  name: string;
  scope: string;
}

/** /account: profile, password, sessions and API tokens. */
export class AccountPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/account');
  }

  private get secretField() {
    return this.page.getByTestId('new-token-secret');
  }

  async createToken(name: string, scope: TokenScope): Promise<void> {
    await this.page.getByLabel('Token name', { exact: true }).fill(name);
    // The radio's name also holds its description ("Write Can read and change data…").
    await this.page.getByRole('radio', { name: new RegExp(`^${scope}\\b`) }).check();
    await this.page.getByRole('button', { name: 'Create token', exact: true }).click();
  }

  /** The new token's secret, as the one-time panel shows it. */
  async readNewTokenSecret(): Promise<string> {
    await this.secretField.waitFor();
    return this.secretField.inputValue();
  }

  async confirmSecretCopied(): Promise<void> {
    await this.page.getByRole('button', { name: 'I have copied it', exact: true }).click();
    await this.page.getByTestId('new-token-panel').waitFor({ state: 'detached' });
  }

  /** The tokens table as the user reads it. */
  async listedTokens(): Promise<ListedToken[]> {
    return this.page.getByTestId('token-row').evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('[data-label="Name"]')?.textContent?.trim() ?? '',
        scope: row.querySelector('[data-label="Scope"]')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** Whether the text appears anywhere on the page: in its markup or in any field's current value. */
  async shows(text: string): Promise<boolean> {
    if ((await this.page.content()).includes(text)) return true;
    const values = await this.page
      .locator('input, textarea')
      .evaluateAll((fields) => fields.map((field) => (field as { value: string }).value));
    return values.some((value) => value.includes(text));
  }
}
