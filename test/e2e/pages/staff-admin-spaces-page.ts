import type { Page } from 'playwright-core';

export interface NewSpace {
  name: string;
  description: string;
  kind: 'Discussion' | 'Questions' | 'Ideas' | 'Complaints' | 'Announcements';
  /** Rows of the audiences table whose Read box alone is ticked (e.g. "Group: Beta testers"); the defaults when absent. */
  readers?: string[];
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
    if (space.readers) {
      const readBoxes = dialog.getByRole('checkbox', { name: /: read$/ });
      for (const box of await readBoxes.all()) await box.uncheck();
      for (const who of space.readers)
        await dialog.getByRole('checkbox', { name: `${who}: read`, exact: true }).check();
    }
    await dialog.getByRole('button', { name: 'Create space', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens the Edit dialog of a space. */
  async edit(name: string): Promise<SpaceDialog> {
    await this.page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    const dialog = new SpaceDialog(this.page);
    await dialog.waitUntilShown();
    return dialog;
  }

  /** The names of the listed spaces, in order. */
  async names(): Promise<string[]> {
    return this.page.locator('[data-testid="admin-space"] h2').allInnerTexts();
  }

  /** The audience summary of one column ("Read", "Start threads" or "Reply"), e.g. "Anyone". */
  async audienceOf(name: string, column: 'Read' | 'Start threads' | 'Reply'): Promise<string> {
    const row = this.page
      .getByTestId('admin-space')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
    return row
      .locator('.admin-space-audiences > div')
      .filter({ has: this.page.locator('dt').getByText(column, { exact: true }) })
      .locator('dd')
      .innerText();
  }

  async addressOf(name: string): Promise<string> {
    const row = this.page
      .getByTestId('admin-space')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
    return row.locator('.admin-space-address').innerText();
  }
}

type AudienceColumn = 'read' | 'start threads' | 'reply';

/** The dialog that creates or edits a space, with its audiences table. */
export class SpaceDialog {
  constructor(private readonly page: Page) {}

  private get dialog() {
    return this.page.getByTestId('space-dialog');
  }

  private box(who: string, column: AudienceColumn) {
    return this.dialog.getByRole('checkbox', { name: `${who}: ${column}`, exact: true });
  }

  async waitUntilShown(): Promise<void> {
    await this.dialog.waitFor();
  }

  /** The row headings of the audiences table, e.g. "Anyone", "Member", "Group: Beta testers". */
  async rows(): Promise<string[]> {
    return this.dialog.locator('.audience-table tbody th').allInnerTexts();
  }

  async isChecked(who: string, column: AudienceColumn): Promise<boolean> {
    return this.box(who, column).isChecked();
  }

  async isEnabled(who: string, column: AudienceColumn): Promise<boolean> {
    return this.box(who, column).isEnabled();
  }

  async untick(who: string, column: AudienceColumn): Promise<void> {
    await this.box(who, column).uncheck();
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save space', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
