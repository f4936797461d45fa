import type { Page } from 'playwright-core';

/** Reports › Demand: the most requested ideas by channel and the most reported bugs by theme. */
export class DemandReportPage {
  constructor(private readonly page: Page) {}

  /** Waits for the page's heading and its loaded report (the period line). */
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Demand', exact: true, level: 1 }).waitFor();
    await this.page.getByTestId('demand-report').locator('.report-range').waitFor();
  }

  async openTab(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Reports' })
      .getByRole('link', { name: 'Demand' })
      .click();
    await this.waitUntilShown();
  }

  /** The charts' accessible names, once each has drawn its canvas. */
  async chartNames(): Promise<string[]> {
    const charts = this.page.locator('[data-testid^="demand-"][data-testid$="-chart"]');
    await charts.first().locator('canvas').waitFor();
    return charts
      .locator('[role="img"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  }

  /** One idea's row, cell by cell as the table shows them (the idea cell: its link text). */
  async ideaRow(title: string): Promise<Record<string, string>> {
    const row = this.page.getByTestId('demand-ideas').locator('tbody tr').filter({ hasText: title });
    return this.cells(row);
  }

  async ideaHref(title: string): Promise<string | null> {
    return this.page.getByTestId('demand-ideas').getByRole('link', { name: title }).getAttribute('href');
  }

  async themeRow(phrase: string): Promise<Record<string, string>> {
    const row = this.page
      .getByTestId('demand-bugs')
      .locator('tbody tr')
      .filter({ has: this.page.locator('td[data-label="Theme"]').getByText(phrase, { exact: true }) });
    return this.cells(row);
  }

  async themeExampleHrefs(phrase: string): Promise<string[]> {
    const row = this.page
      .getByTestId('demand-bugs')
      .locator('tbody tr')
      .filter({ has: this.page.locator('td[data-label="Theme"]').getByText(phrase, { exact: true }) });
    return row
      .locator('td[data-label="Examples"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  async csvHref(): Promise<string | null> {
    return this.page.getByRole('link', { name: 'Download CSV', exact: true }).getAttribute('href');
  }

  private async cells(row: ReturnType<Page['locator']>): Promise<Record<string, string>> {
    await row.first().waitFor();
    const pairs = await row
      .first()
      .locator('td')
      .evaluateAll((cells) =>
        cells.map((cell) => [cell.getAttribute('data-label') ?? '', cell.textContent.trim()]),
      );
    return Object.fromEntries(pairs);
  }
}
