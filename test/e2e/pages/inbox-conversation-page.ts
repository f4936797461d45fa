import type { Page } from 'playwright-core';

export interface MessageShown {
  direction: string;
  text: string;
}

/** /inbox/c/:id: one conversation with its timeline, reply box and who else is looking at it. */
export class InboxConversationPage {
  constructor(private readonly page: Page) {}

  async open(id: string): Promise<void> {
    await this.page.goto(`/inbox/c/${id}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByTestId('conversation-page').waitFor();
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** What the presence bar says about colleagues, e.g. ["Dana is typing a reply…"]. */
  async presenceShown(): Promise<string[]> {
    const texts = await this.page.getByTestId('presence-text').allInnerTexts();
    return texts.map((text) => text.trim());
  }

  private get replyBox() {
    return this.page.getByTestId('reply-box');
  }

  private get replyText() {
    return this.replyBox.getByRole('textbox', { name: /^Reply to / });
  }

  /** Puts focus in the reply box and types, as a person would. */
  async typeReply(text: string): Promise<void> {
    await this.replyText.click();
    await this.replyText.pressSequentially(text);
  }

  async insertSavedReply(title: string): Promise<void> {
    await this.replyBox
      .getByRole('combobox', { name: 'Saved reply', exact: true })
      .selectOption({ label: title });
  }

  async replyDraft(): Promise<string> {
    return this.replyText.inputValue();
  }

  async sendReply(): Promise<void> {
    await this.replyBox.getByRole('button', { name: 'Send reply', exact: true }).click();
  }

  /** What the reply form says after sending (its status line). */
  async replyStatus(): Promise<string> {
    return (await this.replyBox.getByRole('status').innerText()).trim();
  }

  async messages(): Promise<MessageShown[]> {
    const items = this.page.getByTestId('inbox-message');
    const shown: MessageShown[] = [];
    for (const item of await items.all())
      shown.push({
        direction: (await item.getAttribute('data-direction')) ?? '',
        text: (await item.locator('.inbox-message-body').innerText()).trim(),
      });
    return shown;
  }

  /** The status in the header, e.g. "Pending". */
  async statusShown(): Promise<string> {
    return (await this.page.getByTestId('conversation-status').innerText()).trim();
  }
}
