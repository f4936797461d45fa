import type { Page } from 'playwright-core';

/** /c/:slug/new: the new-thread form and its "Already asked?" suggestions. */
export class ForumComposer {
  constructor(private readonly page: Page) {}

  async open(slug: string): Promise<void> {
    await this.page.goto(`/c/${slug}/new`);
    await this.page.getByTestId('composer').waitFor();
  }

  /** Types the title key by key, like a person (the suggestions react to typing). */
  async typeTitle(title: string): Promise<void> {
    const input = this.page.getByTestId('composer').getByRole('textbox').first();
    await input.click();
    await input.pressSequentially(title, { delay: 15 });
  }

  /** The titles under "Already asked?", once at least one is shown. */
  async waitForSuggestion(title: string): Promise<string[]> {
    const region = this.page.getByTestId('similar-questions');
    await region.getByRole('heading', { name: 'Already asked?', exact: true }).waitFor();
    await region.getByRole('link', { name: title }).waitFor();
    return region.getByTestId('similar-item').allInnerTexts();
  }

  async writeBody(body: string): Promise<void> {
    await this.page.getByLabel('Details', { exact: true }).fill(body);
  }

  /** Posts the thread and resolves with its id once the thread page shows it. */
  async submit(): Promise<string> {
    await this.page.getByTestId('composer').getByRole('button', { name: /^Post/ }).click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/t/'));
    await this.page.getByTestId('thread-page').getByRole('heading', { level: 1 }).waitFor();
    return new URL(this.page.url()).pathname.split('/')[2] ?? '';
  }
}
