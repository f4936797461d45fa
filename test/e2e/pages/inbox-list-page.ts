import type { Page } from 'playwright-core';

/** /inbox: the views rail, the filters and the conversations. */
export class InboxListPage {
  constructor(private readonly page: Page) {}

  async open(search = ''): Promise<void> {
    await this.page.goto(`/inbox${search}`);
    await this.page.getByTestId('inbox-filters').waitFor();
  }

  private row(subject: string) {
    return this.page.getByTestId('inbox-row').filter({ hasText: subject });
  }

  /** What the row of a conversation shows, as a person reads it. */
  async rowText(subject: string): Promise<string> {
    const row = this.row(subject);
    await row.waitFor();
    return row.innerText();
  }

  /** Logs a call through the "Log a phone call" dialog; the new conversation opens. */
  async logPhoneCall(call: { caller: string; subject: string; summary: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Log a phone call', exact: true }).click();
    const dialog = this.page.getByTestId('phone-call-dialog');
    await dialog.getByLabel('Caller’s name', { exact: true }).fill(call.caller);
    await dialog.getByLabel('Subject', { exact: true }).fill(call.subject);
    await dialog.getByLabel('What the caller said', { exact: true }).fill(call.summary);
    await dialog.getByRole('button', { name: 'Log the call', exact: true }).click();
    await this.page.getByTestId('conversation-page').waitFor();
  }

  async openConversation(subject: string): Promise<void> {
    await this.row(subject).getByRole('link', { name: subject, exact: true }).click();
    await this.page.getByTestId('conversation-page').waitFor();
  }
}
