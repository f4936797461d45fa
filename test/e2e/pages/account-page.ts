import type { Page } from 'playwright-core';
import { download, type DownloadedFile } from './downloads.ts';

export type TokenScope = 'Read' | 'Write';

export interface ListedToken {
  name: string;
  scope: string;
}

/** /account: profile, password, sessions, API tokens and the person's own data. */
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

  /** "Download your data": the file the browser saves. */
  async downloadData(): Promise<DownloadedFile> {
    return download(this.page.getByRole('link', { name: 'Download your data', exact: true }));
  }

  /** Erases the account (what the dialog says first is returned), typing ERASE to confirm. */
  async eraseAccount(): Promise<string> {
    await this.page.getByRole('button', { name: 'Erase your account…', exact: true }).click();
    const dialog = this.page.getByTestId('erase-account-dialog');
    const explained = await dialog.locator('.dialog-description').innerText();
    await dialog.getByRole('textbox', { name: 'Type ERASE to confirm', exact: true }).fill('ERASE');
    await dialog.getByRole('button', { name: 'Erase my account', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return explained;
  }
}
