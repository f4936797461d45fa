import type { Page } from 'playwright-core';

/** /members: everyone Hearth has met, and the search over their names and identities. */
export class MembersListPage {
  constructor(private readonly page: Page) {}

  /** Searches (applied with the Search button, like pressing Enter); the search goes into the address. */
  async search(words: string): Promise<void> {
    const form = this.page.getByRole('search', { name: 'Search members', exact: true });
    await form.getByRole('searchbox', { name: 'Search members', exact: true }).fill(words);
    await form.getByRole('button', { name: 'Search', exact: true }).click();
    await this.page.waitForURL((url) => url.searchParams.get('q') === words);
  }

  /** The names listed, in order (none while the list loads). */
  async names(): Promise<string[]> {
    return this.page.getByTestId('member-row').getByRole('link').allInnerTexts();
  }

  async idOf(name: string): Promise<string> {
    const row = this.page.getByTestId('member-row').filter({ hasText: name });
    return (await row.getAttribute('data-member-id')) ?? '';
  }

  async open(name: string): Promise<void> {
    await this.page.getByTestId('members-table').getByRole('link', { name, exact: true }).click();
    await this.page.getByTestId('member-page').waitFor();
  }
}

/** /members/:id: one member's identities, activity, timeline and merges. */
export class MemberProfilePage {
  constructor(private readonly page: Page) {}

  private get root() {
    return this.page.getByTestId('member-page');
  }

  async id(): Promise<string> {
    return (await this.root.getAttribute('data-member-id')) ?? '';
  }

  async name(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** The line under the name: "Last active 5 minutes ago". */
  async lastActive(): Promise<string> {
    return this.page.getByTestId('member-last-active').innerText();
  }

  /** The identities as "kind: text", with " (verified)" when verified. */
  async identities(): Promise<string[]> {
    return this.page.getByTestId('member-identity').evaluateAll((items) =>
      items.map((item) => {
        const text = item.querySelector('.member-identity-value')?.textContent ?? '';
        const verified = item.getAttribute('data-verified') === 'true' ? ' (verified)' : '';
        return `${item.getAttribute('data-kind')}: ${text}${verified}`;
      }),
    );
  }

  /** How many activities of each kind the Activity card counts. */
  async counts(): Promise<Record<string, number>> {
    const pairs = await this.page
      .getByTestId('member-activity-counts')
      .locator('[data-kind]')
      .evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-kind'), item.getAttribute('data-count')]),
      );
    return Object.fromEntries(pairs.map(([kind, count]) => [kind, Number(count)]));
  }

  /** The timeline as "kind: title", newest first. */
  async timeline(): Promise<string[]> {
    return this.page
      .getByTestId('member-activity')
      .evaluateAll((cards) =>
        cards.map(
          (card) => `${card.getAttribute('data-kind')}: ${card.querySelector('h3')?.textContent ?? ''}`,
        ),
      );
  }

  /** The addresses of the "Original" links (each opens in a new tab). */
  async originals(): Promise<{ href: string | null; target: string | null }[]> {
    return this.page
      .getByTestId('member-activity-original')
      .evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute('href'), target: link.getAttribute('target') })),
      );
  }

  /** Narrows the timeline with one of its chips ("Threads", "Mentions", "Everything"). */
  async show(chip: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Show only', exact: true })
      .getByRole('button', { name: chip, exact: true })
      .click();
  }

  /** The members merged into this one, as "name · who merged them". */
  async merges(): Promise<string[]> {
    return this.page.getByTestId('member-merge').evaluateAll((items) =>
      items.map((item) => {
        const [name, about] = [...item.querySelectorAll('p')].map((p) => p.textContent ?? '');
        return `${name} · ${about?.split(',')[0] ?? ''}`;
      }),
    );
  }

  /** The page's status line: what the last merge or undo did, or that the address asked for was merged. */
  async status(): Promise<string> {
    return (await this.root.locator('.page-status').innerText()).trim();
  }

  async canMerge(): Promise<boolean> {
    return (await this.page.getByRole('button', { name: 'Merge another member into this one' }).count()) > 0;
  }

  /** Finds another member in the merge dialog, chooses them and confirms. */
  async mergeIn(search: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Merge another member into this one' }).click();
    const picker = this.page.getByTestId('merge-member-dialog');
    await picker.getByRole('searchbox', { name: 'Find a member' }).fill(search);
    await picker.getByRole('button', { name: `Choose ${name}`, exact: true }).click();
    const confirm = this.page.getByTestId('merge-member-confirm');
    await confirm.getByRole('button', { name: 'Yes, merge them' }).click();
    await confirm.waitFor({ state: 'detached' });
  }

  async undoMerge(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Undo the merge of ${name}`, exact: true }).click();
    const confirm = this.page.getByTestId('undo-merge-dialog');
    await confirm.getByRole('button', { name: 'Yes, undo the merge' }).click();
    await confirm.waitFor({ state: 'detached' });
  }
}
