import type { Page } from 'playwright-core';

/** /staff/moderation: flagged posts with their flags, and the moderator's decisions. */
export class ModerationQueuePage {
  constructor(private readonly page: Page) {}

  /** Opens the queue from the Staff entry of the navigation. */
  async openFromNavigation(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Moderation' })
      .click();
    await this.page.getByRole('heading', { name: 'Moderation', exact: true, level: 1 }).waitFor();
  }

  private item(postId: string) {
    return this.page.locator(`[data-testid="moderation-item"][data-post-id="${postId}"]`);
  }

  /** How the queue shows a post: 'absent', or its state and number of flags (read in one go). */
  async shown(postId: string): Promise<'absent' | { hidden: boolean; flags: number }> {
    const [item] = await this.item(postId).evaluateAll((items) =>
      items.map((item) => ({
        hidden: item.getAttribute('data-hidden') === 'true',
        flags: item.querySelectorAll('[data-testid="flag"]').length,
      })),
    );
    return item ?? 'absent';
  }

  async postText(postId: string): Promise<string> {
    return this.item(postId).getByTestId('moderation-post').innerText();
  }

  async flagNotes(postId: string): Promise<string[]> {
    return this.item(postId).getByTestId('flag').allInnerTexts();
  }

  async decide(postId: string, button: 'Hide' | 'Keep hidden' | 'Dismiss flags' | 'Unhide'): Promise<void> {
    await this.item(postId).getByRole('button', { name: button, exact: true }).click();
  }

  /** The page's announcement after a decision. */
  async status(): Promise<string> {
    return this.page.locator('[data-testid="moderation-page"] .page-status').innerText();
  }
}
