import type { Page } from 'playwright-core';

/** Inbox settings › Rota: one team's week of shifts, its coverage gaps, and the Add a shift form. */
export class InboxSettingsRotaPage {
  constructor(private readonly page: Page) {}

  async open(teamId: string): Promise<void> {
    await this.page.goto(`/inbox/settings/rota?team=${teamId}`);
    await this.page.getByTestId('rota-week').waitFor();
  }

  /** Adds a shift on the form's default day (the Monday of the week shown). */
  async addShift(person: string, from: string, until: string): Promise<string> {
    const form = this.page.getByTestId('shift-form');
    await form.getByLabel('Who').selectOption({ label: person });
    await form.getByLabel('From').fill(from);
    await form.getByLabel('Until').fill(until);
    await form.getByRole('button', { name: 'Add shift', exact: true }).click();
    const status = this.page.locator('.page-status');
    await status.filter({ hasText: person }).waitFor();
    return status.innerText();
  }

  /** The shifts the week shows, as "Monday 09:00–17:00 Ana". */
  async shifts(): Promise<string[]> {
    return this.page.getByTestId('rota-day').evaluateAll((days) =>
      days.flatMap((day) => {
        const name = day.querySelector('h3')?.firstChild?.textContent?.trim() ?? '';
        return [...day.querySelectorAll('[data-testid="rota-shift"]')].map(
          (shift) =>
            `${name} ${shift.querySelector('.rota-time')?.textContent ?? ''} ${shift.querySelector('.rota-person')?.textContent ?? ''}`,
        );
      }),
    );
  }

  /** Shows another week (the buttons above the week). */
  async go(week: 'Previous week' | 'This week' | 'Next week'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Week' })
      .getByRole('button', { name: week, exact: true })
      .click();
  }

  /** What the coverage check says above the week: its heading, "Covered: …", or why there is none. */
  async coverage(): Promise<string> {
    const box = this.page.getByTestId('coverage-gaps').or(this.page.getByTestId('coverage-ok'));
    const over = this.page.getByTestId('coverage-past');
    await box.or(over).first().waitFor();
    // The box is swapped as the week changes: a read that misses gives '' and the poll asks again,
    // instead of waiting on an element that is gone.
    const read = (locator: typeof over) => locator.innerText({ timeout: 1_000 }).catch(() => '');
    if (await over.isVisible()) return read(over);
    return (await read(box.locator('h3, p').first())).trim();
  }

  /** The coverage gaps listed above the week, e.g. "Tuesday 07:00–09:00: nobody on duty". */
  async gaps(): Promise<string[]> {
    return this.page.getByTestId('coverage-gap').allInnerTexts();
  }
}
