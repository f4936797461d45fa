import type { Page } from 'playwright-core';

export interface NewGroup {
  name: string;
  description: string;
}

/** Admin › Groups: the groups, their create/edit and delete dialogs, and the people panel of each. */
export class AdminGroupsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/admin/groups');
    await this.page.getByRole('heading', { name: 'Groups', exact: true, level: 1 }).waitFor();
  }

  /** Opens the page from the admin area's own navigation. */
  async openFromAdminNavigation(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Admin' })
      .getByRole('link', { name: 'Groups', exact: true })
      .click();
    await this.page.getByRole('heading', { name: 'Groups', exact: true, level: 1 }).waitFor();
  }

  private card(name: string) {
    return this.page
      .getByTestId('admin-group')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Fills in the New group dialog; returns the address it suggested from the name. */
  async create(group: NewGroup): Promise<string> {
    await this.page.getByRole('button', { name: 'New group', exact: true }).click();
    const dialog = this.page.getByTestId('group-dialog');
    await dialog.getByLabel('Name', { exact: true }).fill(group.name);
    await dialog.getByLabel('Description', { exact: true }).fill(group.description);
    const address = await dialog.getByLabel('Address', { exact: true }).inputValue();
    await dialog.getByRole('button', { name: 'Create group', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return address;
  }

  /** The names of the listed groups, in order. */
  async names(): Promise<string[]> {
    return this.page.locator('[data-testid="admin-group"] h2').allInnerTexts();
  }

  /** The member count badge, e.g. "1 person". */
  async countShown(name: string): Promise<string> {
    return this.card(name).locator('.admin-group-head .badge').innerText();
  }

  /** The status line at the top of the page (what the last action did). */
  async status(): Promise<string> {
    return this.page.locator('.page-status').innerText();
  }

  /** Opens the group's people panel, unless it is open already. */
  async showPeople(name: string): Promise<void> {
    const toggle = this.card(name).getByRole('button', { name: `People in ${name}`, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.card(name)
      .getByRole('button', { name: `Add people to ${name}`, exact: true })
      .waitFor();
  }

  /** Finds a person by name in the Add people dialog and adds them. */
  async addPerson(group: string, person: { name: string; handle: string }): Promise<void> {
    await this.showPeople(group);
    await this.card(group)
      .getByRole('button', { name: `Add people to ${group}`, exact: true })
      .click();
    const dialog = this.page.getByTestId('add-group-member-dialog');
    await dialog.getByLabel('Find a person', { exact: true }).fill(person.name);
    await dialog.getByRole('button', { name: `Add ${person.name} (@${person.handle})`, exact: true }).click();
    await dialog.getByText(`${person.name} is now in ${group}.`, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Done', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The names of the people the open panel lists. */
  async people(group: string): Promise<string[]> {
    return this.card(group).locator('[data-testid="group-member"] strong').allInnerTexts();
  }

  async removePerson(group: string, personName: string): Promise<void> {
    await this.card(group)
      .getByRole('button', { name: `Remove ${personName} from ${group}`, exact: true })
      .click();
  }

  /** Clicks Delete; returns the confirm dialog's text, then confirms. */
  async delete(name: string): Promise<string> {
    await this.card(name)
      .getByRole('button', { name: `Delete ${name}`, exact: true })
      .click();
    const dialog = this.page.getByTestId('delete-group-dialog');
    const text = await dialog.innerText();
    await dialog.getByRole('button', { name: 'Yes, delete group', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return text;
  }
}
