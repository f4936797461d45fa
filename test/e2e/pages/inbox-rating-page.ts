import type { Page } from 'playwright-core';

/** /rate/:token: where a member rates the help they got, signed in or not. */
export class InboxRatingPage {
  constructor(readonly page: Page) {}

  async open(token: string): Promise<void> {
    await this.page.goto(`/rate/${token}`);
    await this.page.getByRole('heading', { name: 'Rate the help you got', level: 1 }).waitFor();
  }

  async waitForForm(): Promise<void> {
    await this.page.getByTestId('rating-form').waitFor();
  }

  async question(): Promise<string> {
    return (await this.page.getByTestId('rating-form').locator('p').first().innerText()).trim();
  }

  async rate(score: number, comment: string): Promise<void> {
    const form = this.page.getByTestId('rating-form');
    await form.getByRole('radio', { name: new RegExp(`^${score} – `) }).check();
    await form.getByRole('textbox', { name: 'Anything to add?' }).fill(comment);
    await form.getByRole('button', { name: 'Send my rating', exact: true }).click();
  }

  async thanks(): Promise<string> {
    const notice = this.page.getByTestId('rating-thanks');
    await notice.waitFor();
    return notice.innerText();
  }

  async followLink(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }

  async invalidNotice(): Promise<string> {
    const notice = this.page.getByTestId('rating-invalid');
    await notice.waitFor();
    return notice.innerText();
  }
}

/** /support: "When will we answer?", public. */
export class SupportPage {
  constructor(private readonly page: Page) {}

  /** The "Right now" card: whether someone is here, or when they next are. */
  async rightNow(): Promise<string> {
    const card = this.page.getByTestId('support-now');
    await card.waitFor();
    return card.innerText();
  }
}
