import type { Page } from 'playwright-core';

export interface NewRule {
  name: string;
  /** Words for a "Text contains any of" condition. */
  textContainsAny: string;
  /** A channel as the server names it ("Phone"), for a "Channel is" condition. */
  channel?: string;
  team: string;
  /** The assignee's option, as the picker names them: "Ada Agent (@ada)". */
  assignee?: string;
  stop: boolean;
}

/** Inbox settings › Routing rules: the ordered list and the rule editor page. */
export class InboxSettingsRulesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/inbox/settings/rules');
    await this.heading.waitFor();
  }

  /** Opens the page from the inbox settings' own tabs. */
  async openFromSettingsNavigation(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Inbox settings' })
      .getByRole('link', { name: 'Routing rules', exact: true })
      .click();
    await this.heading.waitFor();
  }

  private get heading() {
    return this.page.getByRole('heading', { name: 'Routing rules', exact: true, level: 1 });
  }

  async create(rule: NewRule): Promise<void> {
    await this.page.getByRole('link', { name: 'New rule', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'New routing rule' });
    await form.getByLabel('Name', { exact: true }).fill(rule.name);
    await form.getByRole('button', { name: 'Add a condition', exact: true }).click();
    await form.getByLabel('Field of condition 1').selectOption({ label: 'Text' });
    await form.getByLabel('Values of condition 1').fill(rule.textContainsAny);
    if (rule.channel) {
      // A new condition starts as "Channel is" the first channel the server lists.
      await form.getByRole('button', { name: 'Add a condition', exact: true }).click();
      await form.getByLabel('Value of condition 2').selectOption({ label: rule.channel });
    }
    await form.getByLabel('Send to team').selectOption({ label: rule.team });
    if (rule.assignee) await form.getByLabel('Assign to').selectOption({ label: rule.assignee });
    if (rule.stop) await form.getByLabel('Stop after this rule').check();
    await form.getByRole('button', { name: 'Create rule', exact: true }).click();
    await this.heading.waitFor();
  }

  private card(name: string) {
    return this.page
      .getByTestId('routing-rule')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.page.locator('[data-testid="routing-rule"] h2').allInnerTexts();
  }

  /** The rule card's text: its badges, conditions ("When") and actions ("Then"). */
  async summaryOf(name: string): Promise<string> {
    return this.card(name).innerText();
  }

  /** Opens the rule's editor and saves it unchanged; returns the error the page shows, if any. */
  async saveAgain(name: string): Promise<string> {
    await this.card(name)
      .getByRole('link', { name: `Edit ${name}`, exact: true })
      .click();
    const form = this.page.getByRole('form', { name: `Edit ${name}` });
    await form.getByRole('button', { name: 'Save rule', exact: true }).click();
    const problem = form.getByTestId('rule-reference-missing');
    await problem.waitFor();
    return problem.innerText();
  }
}
