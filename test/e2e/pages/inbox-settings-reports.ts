import type { Page } from 'playwright-core';

/** Reports: the filters, headline tiles, charts and tables of the inbox report. */
export class ReportsPage {
  constructor(private readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/reports${query}`);
    await this.page.getByRole('heading', { name: 'Reports', exact: true, level: 1 }).waitFor();
  }

  /** Resolves once every chart has drawn its canvas; returns how many charts there are. */
  async waitForCharts(): Promise<number> {
    const charts = this.page.locator('[data-testid^="report-chart-"]');
    await charts.first().locator('canvas').waitFor();
    const count = await charts.count();
    for (let index = 0; index < count; index++) await charts.nth(index).locator('canvas').waitFor();
    return count;
  }

  /** The charts' accessible names (their role="img" labels). */
  async chartNames(): Promise<string[]> {
    const images = this.page.locator('[data-testid^="report-chart-"] [role="img"]');
    return images.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  }

  /** A headline tile's value, e.g. tile("Conversations") → "3". */
  async tile(label: string): Promise<string> {
    return this.page
      .getByTestId('report-tile')
      .filter({ has: this.page.locator('dt').getByText(label, { exact: true }) })
      .locator('.report-tile-value')
      .innerText();
  }

  /** The names in the per-team or per-agent table, in the order shown. */
  async rowNames(table: 'team' | 'agent'): Promise<string[]> {
    return this.page.locator(`[data-testid="report-per-${table}"] tbody th`).allInnerTexts();
  }

  /** Sorts a table by a column (clicking its header); returns the header's aria-sort. */
  async sortBy(table: 'team' | 'agent', column: string): Promise<string | null> {
    const header = this.page
      .locator(`[data-testid="report-per-${table}"] thead th`)
      .filter({ hasText: column });
    await header.getByRole('button').click();
    return header.getAttribute('aria-sort');
  }

  async chooseTeam(name: string): Promise<void> {
    await this.page
      .getByRole('search', { name: 'Report filters' })
      .getByLabel('Team')
      .selectOption({ label: name });
  }

  async csvHref(): Promise<string | null> {
    return this.page.getByRole('link', { name: 'Download CSV', exact: true }).getAttribute('href');
  }

  /** The path and query the browser shows. */
  address(): string {
    const url = new URL(this.page.url());
    return `${url.pathname}${url.search}`;
  }
}
