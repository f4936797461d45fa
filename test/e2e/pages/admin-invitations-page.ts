import type { Page } from 'playwright-core';

export interface NewLink {
  label: string;
  uses: number;
  group: string;
}

/** Admin › Invitations: links several people may use, and batches of printed codes. */
export class AdminInvitationsPage {
  constructor(private readonly page: Page) {}

  /** Opens the page from the admin area's own navigation. */
  async openFromAdminNavigation(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Admin' })
      .getByRole('link', { name: 'Invitations', exact: true })
      .click();
    await this.page.getByRole('heading', { name: 'Invitations', exact: true, level: 1 }).waitFor();
  }

  /** Fills in the link form and returns the link, shown once. */
  async createLink(link: NewLink): Promise<string> {
    const form = this.page.locator('form', {
      has: this.page.getByRole('heading', { name: 'Create an invitation link' }),
    });
    await form.getByLabel('Label (optional)', { exact: true }).fill(link.label);
    await form.getByLabel('How many people may use it', { exact: true }).fill(String(link.uses));
    await form.getByLabel('Group (optional)', { exact: true }).selectOption({ label: link.group });
    await form.getByRole('button', { name: 'Create invitation link', exact: true }).click();
    return this.page.getByTestId('new-invitation-link').inputValue();
  }

  /** The "Uses" cell of the link with this label, e.g. "1 / 2". */
  async usesOf(label: string): Promise<string> {
    const row = this.page.getByTestId('invitation-row').filter({ hasText: label });
    return row.locator('td[data-label="Uses"]').innerText();
  }
}
