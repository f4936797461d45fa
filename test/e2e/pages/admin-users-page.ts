import type { Page } from 'playwright-core';

export interface ListedUser {
  name: string;
  email: string;
}

/** /admin/users: every account, with role changes, suspension and reinstatement. */
export class AdminUsersPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/admin/users');
    await this.page.getByTestId('users-table').waitFor();
  }

  private row(user: ListedUser) {
    return this.page.locator(`[data-testid="user-row"][data-user-email="${user.email}"]`);
  }

  private roleSelect(user: ListedUser) {
    return this.page.getByRole('combobox', { name: `Role for ${user.name} (${user.email})`, exact: true });
  }

  /** Picks a role from the user's role menu and confirms the change. */
  async changeRole(user: ListedUser, roleLabel: string): Promise<void> {
    await this.roleSelect(user).selectOption({ label: roleLabel });
    const dialog = this.page.getByTestId('change-role-dialog');
    await dialog.getByRole('button', { name: 'Yes, change role', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async suspend(user: ListedUser, reason: string): Promise<void> {
    await this.row(user)
      .getByRole('button', { name: `Suspend ${user.name}`, exact: true })
      .click();
    const dialog = this.page.getByTestId('suspend-dialog');
    await dialog.getByLabel('Reason', { exact: true }).fill(reason);
    await dialog.getByRole('button', { name: 'Yes, suspend', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The role the user's role menu shows, e.g. "Moderator". */
  async roleShownFor(user: ListedUser): Promise<string> {
    const selected = this.roleSelect(user).locator('option:checked');
    return (await selected.textContent()) ?? '';
  }

  /** The status cell's text, e.g. "Active" or "Suspended" followed by the reason. */
  async statusShownFor(user: ListedUser): Promise<string> {
    const cell = this.row(user).getByTestId('user-status');
    await cell.waitFor();
    return cell.innerText();
  }
}
