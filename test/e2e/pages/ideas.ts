import type { Page } from 'playwright-core';

/** An ideas space's board at /c/:slug: ranked ideas with vote buttons. */
export class IdeasBoardPage {
  constructor(private readonly page: Page) {}

  async open(slug: string): Promise<void> {
    await this.page.goto(`/c/${slug}`);
    await this.page.getByTestId('ideas-board').waitFor();
  }

  private item(title: string) {
    return this.page.getByTestId('idea-item').filter({ hasText: title });
  }

  /** The titles listed, in order. */
  async titles(): Promise<string[]> {
    return this.page.getByTestId('idea-item').locator('.thread-item-title').allInnerTexts();
  }

  async badges(title: string): Promise<string[]> {
    return this.item(title).locator('.badge').allInnerTexts();
  }

  async vote(title: string): Promise<void> {
    await this.item(title).getByTestId('vote-button').click();
  }

  /** The vote count shown and whether the reader's vote is in. */
  async voteState(title: string): Promise<{ count: string; voted: string | null }> {
    const button = this.item(title).getByTestId('vote-button');
    return {
      count: (await button.getByTestId('vote-count').textContent()) ?? '',
      voted: await button.getAttribute('aria-pressed'),
    };
  }

  async openIdea(title: string): Promise<void> {
    await this.item(title).getByRole('link', { name: title, exact: true }).click();
    await this.page.getByTestId('idea-page').waitFor();
  }
}

/** One idea at /ideas/:id. */
export class IdeaPage {
  constructor(private readonly page: Page) {}

  async title(): Promise<string> {
    return (await this.page.getByTestId('idea-page').getByRole('heading', { level: 1 }).textContent()) ?? '';
  }

  async status(): Promise<string> {
    return (await this.page.getByTestId('idea-page').getByTestId('idea-status').first().textContent()) ?? '';
  }

  /** Where staff heard it: the link back to the source. */
  async sourceLink(): Promise<{ text: string; href: string | null }> {
    const link = this.page.getByTestId('idea-source-link').first();
    return { text: (await link.textContent()) ?? '', href: await link.getAttribute('href') };
  }

  /** Follows the link back to where staff heard the idea. */
  async openSource(): Promise<void> {
    await this.page.getByTestId('idea-source-link').first().click();
  }

  async voters(): Promise<string[]> {
    return this.page.getByTestId('idea-voters').locator('li').allInnerTexts();
  }

  async response(): Promise<string> {
    const response = this.page.getByTestId('idea-response');
    return (await response.count()) === 0 ? '' : await response.innerText();
  }

  /** Staff: sets the status with an official response through the dialog. */
  async setStatus(status: string, response: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Set status', exact: true }).click();
    const dialog = this.page.getByTestId('idea-status-dialog');
    await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
    await dialog.getByRole('textbox', { name: 'Official response (Markdown)' }).fill(response);
    await dialog.getByRole('button', { name: 'Save status', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

/** The "Capture idea" action of a conversation, mention or post, and its dialog. */
export class CaptureIdea {
  constructor(private readonly page: Page) {}

  private get dialog() {
    return this.page.getByTestId('capture-idea-dialog');
  }

  async open(): Promise<void> {
    await this.page
      .getByTestId('capture-idea')
      .getByRole('button', { name: 'Capture idea', exact: true })
      .click();
    await this.dialog.waitFor();
  }

  /** Who the dialog says it records the idea for, and what they said. */
  async person(): Promise<string> {
    const quote = this.dialog.getByTestId('capture-person');
    await quote.waitFor();
    return quote.innerText();
  }

  async captureNew(title: string, body: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: /Something new/ }).check();
    await this.dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await this.dialog.getByRole('textbox', { name: 'Description (Markdown)' }).fill(body);
    await this.dialog.getByRole('button', { name: 'Capture the idea', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** The link to what was captured, once recorded. */
  async openCaptured(): Promise<void> {
    await this.page.getByTestId('captured-idea-link').click();
    await this.page.getByTestId('idea-page').waitFor();
  }
}
