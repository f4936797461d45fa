import type { Page } from 'playwright-core';

/** Inbox settings › SLA policies: the ordered list of policies and its move buttons. */
export class InboxSettingsSlaPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/inbox/settings/sla');
    await this.page.getByRole('heading', { name: 'SLA policies', exact: true, level: 1 }).waitFor();
  }

  /** The policies' names, in the order they are matched. */
  async names(): Promise<string[]> {
    return this.page.locator('[data-testid="sla-policy"] h2').allInnerTexts();
  }

  /** The line above the list that says how the order matters. */
  async orderNote(): Promise<string> {
    return this.page.getByTestId('sla-order-note').innerText();
  }

  /** The policy card's text: its targets, conditions ("Applies when") and escalation. */
  async summaryOf(name: string): Promise<string> {
    return this.card(name).innerText();
  }

  /** Moves a policy one place (see status() for what it did). */
  async move(name: string, direction: 'up' | 'down'): Promise<void> {
    await this.card(name)
      .getByRole('button', { name: `Move ${name} ${direction}`, exact: true })
      .click();
  }

  /** The status line at the top of the page (what the last action did). */
  async status(): Promise<string> {
    return this.page.locator('.page-status').innerText();
  }

  /** The accessible name of the focused element (focus stays on the moved policy's buttons). */
  async focusedName(): Promise<string> {
    return String(await this.page.evaluate('document.activeElement?.getAttribute("aria-label") ?? ""'));
  }

  private card(name: string) {
    return this.page
      .getByTestId('sla-policy')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }
}
