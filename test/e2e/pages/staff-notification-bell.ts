import type { Page } from 'playwright-core';

/** The bell in the header: the unread count and the panel of latest notifications. */
export class NotificationBell {
  constructor(private readonly page: Page) {}

  private get button() {
    return this.page.getByTestId('notification-bell');
  }

  /**
   * The unread count the bell shows (0 when it shows none), read in one go; null while no bell is
   * on the page (between two pages).
   */
  async unreadShown(): Promise<number | null> {
    const [shown] = await this.button.evaluateAll((buttons) =>
      buttons.map((button) =>
        Number(button.querySelector('[data-testid="notification-count"]')?.textContent ?? 0),
      ),
    );
    return shown ?? null;
  }

  /** The bell's accessible name, e.g. "Notifications, 1 unread". */
  async label(): Promise<string> {
    return (await this.button.getAttribute('aria-label')) ?? '';
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.page.getByTestId('notification-panel').waitFor();
  }

  /** Opens the notification whose text contains `text` from the bell's panel. */
  async openNotification(text: string): Promise<void> {
    await this.page.getByTestId('notification-panel').getByRole('link').filter({ hasText: text }).click();
  }
}
