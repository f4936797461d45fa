import type { Page } from 'playwright-core';

/** The page's status line, below its header ("Greeted Nia.", "Sent “Beta news”: …"). */
async function pageStatus(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).locator('.page-status').innerText()).trim();
}

/** The greeting or outreach dialog: a channel, a subject and a message from a template. */
export class MessageDialog {
  constructor(private readonly page: Page) {}

  private get root() {
    return this.page.getByTestId('message-member-dialog');
  }

  async title(): Promise<string> {
    return (await this.root.getByRole('heading').innerText()).trim();
  }

  async subject(): Promise<string> {
    return this.root.getByRole('textbox', { name: 'Subject', exact: true }).inputValue();
  }

  async message(): Promise<string> {
    return this.root.getByRole('textbox', { name: 'Message', exact: true }).inputValue();
  }

  /** The channel chosen: its label ("Direct message", "Email"). */
  async channel(): Promise<string> {
    const checked = this.root.getByRole('radio', { checked: true });
    return (await checked.getAttribute('value')) === 'dm' ? 'Direct message' : 'Email';
  }

  /** Sends it; the dialog closes on success (or when someone greeted them first). */
  async send(): Promise<void> {
    await this.root.getByRole('button', { name: /^Send / }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}

/** /members/welcome: newcomers nobody greeted yet, longest waiting first. */
export class WelcomeQueuePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Members' })
      .getByRole('link', { name: 'Welcome queue' })
      .click();
    await this.page.getByTestId('welcome-queue-page').waitFor();
  }

  /** The newcomers listed, in order (none while the list loads). */
  async names(): Promise<string[]> {
    return this.page.getByTestId('welcome-row').getByRole('rowheader').allInnerTexts();
  }

  /** What the newcomer did first, as the row says it ("How do I…? 5 minutes ago"). */
  async firstDid(name: string): Promise<{ text: string; href: string | null }> {
    const cell = this.page.getByTestId('welcome-row').filter({ hasText: name }).getByTestId('welcome-first');
    const link = cell.getByRole('link');
    return { text: (await link.innerText()).trim(), href: await link.getAttribute('href') };
  }

  /** Opens the greeting dialog of this newcomer. */
  async greet(name: string): Promise<MessageDialog> {
    await this.page.getByRole('button', { name: `Greet ${name}`, exact: true }).click();
    await this.page.getByTestId('message-member-dialog').waitFor();
    return new MessageDialog(this.page);
  }

  async empty(): Promise<string> {
    return (await this.page.getByTestId('welcome-queue-page').locator('.empty-inline').innerText()).trim();
  }

  async status(): Promise<string> {
    return pageStatus(this.page, 'welcome-queue-page');
  }
}

/** The Messages card of a member's profile: what staff sent them, newest first. */
export class MemberMessagesCard {
  constructor(private readonly page: Page) {}

  /** Each message as "kind · status · subject". */
  async items(): Promise<string[]> {
    return this.page.getByTestId('member-message').evaluateAll((items) =>
      items.map((item) => {
        const status = item.querySelector('[data-testid="message-status"]')?.textContent ?? '';
        const kind = item.querySelector('.chip-tag')?.textContent ?? '';
        const subject = item.querySelector('.member-message-subject')?.textContent ?? '';
        return `${kind} · ${status} · ${subject}`;
      }),
    );
  }

  /** Where the "Direct message" links lead. */
  async directMessageLinks(): Promise<(string | null)[]> {
    return this.page
      .getByTestId('member-messages')
      .getByRole('link', { name: 'Direct message', exact: true })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  }
}

/** /members/campaigns/new: who gets it, what it says, and the last look before sending. */
export class CampaignEditorPage {
  constructor(private readonly page: Page) {}

  private get form() {
    return this.page.getByRole('form', { name: 'New campaign', exact: true });
  }

  /** The segment chosen, as its option reads. */
  async segment(): Promise<string> {
    return this.form
      .getByRole('combobox', { name: 'Segment', exact: true })
      .locator('option:checked')
      .innerText();
  }

  /** How many members it matches now, in words. */
  async preview(): Promise<string> {
    return (await this.page.getByTestId('campaign-preview').innerText()).trim();
  }

  async write(name: string, subject: string, body: string): Promise<void> {
    await this.form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.form.getByRole('textbox', { name: 'Subject', exact: true }).fill(subject);
    await this.form.getByRole('textbox', { name: 'Message', exact: true }).fill(body);
  }

  /** Asks to send: the confirmation's title ("Send to 3 members?") once it has counted them. */
  async reviewAndSend(): Promise<void> {
    await this.form.getByRole('button', { name: 'Review and send', exact: true }).click();
    await this.page.getByTestId('confirm-campaign').waitFor();
  }

  async confirmTitle(): Promise<string> {
    return (await this.page.getByTestId('confirm-campaign').getByRole('heading').innerText()).trim();
  }

  async confirm(): Promise<void> {
    await this.page.getByTestId('confirm-campaign').getByRole('button', { name: 'Yes, send it' }).click();
    await this.page.getByTestId('campaign-page').waitFor();
  }
}

/** /members/campaigns/:id: its delivery and each recipient's. */
export class CampaignDetailPage {
  constructor(private readonly page: Page) {}

  async name(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  async status(): Promise<string> {
    return pageStatus(this.page, 'campaign-page');
  }

  /** The delivery counts as the legend says them: "1 sent, 0 queued, 0 failed, 2 skipped". */
  async delivery(): Promise<string> {
    const counts = await this.page
      .getByTestId('campaign-page')
      .getByTestId('campaign-delivery')
      .locator('.delivery-count')
      .allInnerTexts();
    return counts.map((count) => count.trim()).join(', ');
  }

  /** Each recipient as "name · status · why". */
  async recipients(): Promise<string[]> {
    return this.page.getByTestId('campaign-recipient').evaluateAll((rows) =>
      rows.map((row) => {
        const name = row.querySelector('th')?.textContent ?? '';
        const status = row.querySelector('[data-testid="message-status"]')?.textContent ?? '';
        const why = row.querySelector('[data-testid="campaign-recipient-detail"]')?.textContent ?? '';
        return `${name} · ${status} · ${why}`;
      }),
    );
  }
}
