import type { Page } from 'playwright-core';

export interface NewSpace {
  name: string;
  description: string;
  kind: 'Discussion' | 'Questions' | 'Ideas' | 'Complaints' | 'Announcements';
}

/** Admin › Spaces: the spaces in order, and the dialog that creates and edits them. */
export class AdminSpacesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/admin/spaces');
    await this.page.getByRole('heading', { name: 'Spaces', exact: true, level: 1 }).waitFor();
  }

  async create(space: NewSpace): Promise<void> {
    await this.page.getByRole('button', { name: 'New space', exact: true }).click();
    const dialog = this.page.getByTestId('space-dialog');
    await dialog.getByLabel('Name', { exact: true }).fill(space.name);
    await dialog.getByLabel('Description', { exact: true }).fill(space.description);
    await dialog.getByLabel('Kind', { exact: true }).selectOption({ label: space.kind });
    await dialog.getByRole('button', { name: 'Create space', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The names of the listed spaces, in order. */
  async names(): Promise<string[]> {
    return this.page.locator('[data-testid="admin-space"] h2').allInnerTexts();
  }

  async addressOf(name: string): Promise<string> {
    const row = this.page
      .getByTestId('admin-space')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
    return row.locator('.admin-space-address').innerText();
  }
}
