import type { Page } from 'playwright-core';

/** The command-center frame as a keyboard or phone user meets it: skip link, navigation, sections. */
export class CommandCenter {
  constructor(private readonly page: Page) {}

  /** The accessible text of whatever has keyboard focus. */
  async focusedText(): Promise<string> {
    return String(await this.page.evaluate('document.activeElement?.textContent?.trim() ?? ""'));
  }

  async focusedId(): Promise<string> {
    return String(await this.page.evaluate('document.activeElement?.id ?? ""'));
  }

  /** Presses Tab until an element with this text has focus (at most `limit` presses). */
  async tabTo(text: string, limit = 30): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if ((await this.focusedText()) === text) return;
    }
    throw new Error(`"${text}" never got focus in ${limit} presses of Tab`);
  }

  async openMenu(): Promise<void> {
    await this.page.getByRole('button', { name: 'Menu', exact: true }).click();
  }

  navLink(name: string) {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  /**
   * Resolves once the section with this title shows its honest empty state: "not available yet"
   * for a section still being built, or what it is and whom it is for when the role cannot use it.
   */
  async waitForSection(title: string): Promise<void> {
    await this.page.getByRole('heading', { name: title, exact: true, level: 1 }).waitFor();
    await this.page.locator('#main .empty-state').first().waitFor();
  }

  async pageWiderThanScreen(): Promise<boolean> {
    return Boolean(await this.page.evaluate('document.documentElement.scrollWidth > window.innerWidth'));
  }
}
