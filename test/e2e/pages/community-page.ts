import type { Page } from 'playwright-core';

/** /community: the spaces this reader may see. */
export class CommunityPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/community');
    await this.page.getByRole('heading', { name: 'Community', exact: true, level: 1 }).waitFor();
  }

  /** The names of the listed spaces, once the list has loaded (it must hold at least one). */
  async spaceNames(): Promise<string[]> {
    const cards = this.page.getByTestId('space-card');
    await cards.first().waitFor();
    return this.page.locator('[data-testid="space-card"] .space-card-title').allInnerTexts();
  }
}
