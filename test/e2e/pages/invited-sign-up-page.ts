import type { Page } from 'playwright-core';
import { SignUpPage } from './sign-up-page.ts';

/** The sign-up page opened from an invitation link: it says what the invitation is for. */
export class InvitedSignUpPage extends SignUpPage {
  constructor(private readonly tab: Page) {
    super(tab);
  }

  async openLink(link: string): Promise<void> {
    const url = new URL(link);
    await this.tab.goto(`${url.pathname}${url.search}`);
  }

  /** The invitation's summary above the form, once it has loaded. */
  async summary(): Promise<string> {
    const summary = this.tab.getByTestId('invitation-summary');
    await summary.waitFor();
    return summary.innerText();
  }
}
