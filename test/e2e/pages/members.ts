import type { Page } from 'playwright-core';
import { download, type DownloadedFile } from './downloads.ts';

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

  private get filters() {
    return this.page.getByRole('group', { name: 'Filters', exact: true });
  }

  private get tagForm() {
    return this.filters.getByRole('search', { name: 'Filter by tag', exact: true });
  }

  private get tagBox() {
    return this.tagForm.getByRole('searchbox', { name: 'Tag', exact: true });
  }

  private get segmentSelect() {
    return this.filters.getByRole('combobox', { name: 'Segments', exact: true });
  }

  /** Lists the members with this tag (applied with the Filter button); the tag goes into the address. */
  async filterByTag(tag: string): Promise<void> {
    await this.tagBox.fill(tag);
    await this.tagForm.getByRole('button', { name: 'Filter', exact: true }).click();
    await this.page.waitForURL((url) => url.searchParams.get('tag') === tag);
  }

  /** The tag the Tag box shows (a chosen segment's, when it has one). */
  async tagFilter(): Promise<string> {
    return this.tagBox.inputValue();
  }

  /** The names of the saved segments the Segments select offers, after "No segment". */
  async segments(): Promise<string[]> {
    const options = await this.segmentSelect.locator('option').allInnerTexts();
    return options.slice(1);
  }

  async chooseSegment(name: string): Promise<void> {
    await this.segmentSelect.selectOption({ label: name });
    await this.page.waitForURL((url) => url.searchParams.has('segment'));
  }

  /** "Message this segment" (for those who may send campaigns): the new campaign form, prefilled. */
  async messageSegment(): Promise<void> {
    await this.page.getByRole('link', { name: 'Message this segment', exact: true }).click();
    await this.page.getByTestId('new-campaign-page').waitFor();
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Clear filters', exact: true }).click();
    await this.page.waitForURL((url) => url.search === '');
  }

  private get saveButton() {
    return this.page.getByRole('button', { name: 'Save as segment', exact: true });
  }

  /** Whether "Save as segment" is offered, and whether it can be used now. */
  async saveAsSegmentState(): Promise<'enabled' | 'disabled' | 'absent'> {
    if ((await this.saveButton.count()) === 0) return 'absent';
    return (await this.saveButton.isEnabled()) ? 'enabled' : 'disabled';
  }

  /** Saves the list's filter under this name. */
  async saveAsSegment(name: string): Promise<void> {
    await this.saveButton.click();
    const dialog = this.page.getByTestId('save-segment-dialog');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await dialog.getByRole('button', { name: 'Save segment', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Deletes the chosen segment, confirming it. */
  async deleteSegment(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete segment', exact: true }).click();
    const dialog = this.page.getByTestId('delete-segment-dialog');
    await dialog.getByRole('button', { name: 'Yes, delete the segment', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The page's status line: what the last save or delete of a segment did. */
  async status(): Promise<string> {
    return (await this.page.getByTestId('members-page').locator('.page-status').innerText()).trim();
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

  /** The member's tags, as their chips read. */
  async tags(): Promise<string[]> {
    return this.page.getByTestId('member-tag').allInnerTexts();
  }

  async canEditTags(): Promise<boolean> {
    return (await this.page.getByRole('button', { name: 'Edit tags', exact: true }).count()) > 0;
  }

  private get tagsForm() {
    return this.page.getByRole('form', { name: 'Edit tags', exact: true });
  }

  /** Opens "Edit tags", types the tags (comma-separated) and saves; the form stays open on an error. */
  async editTags(tags: string): Promise<void> {
    if (!(await this.tagsForm.isVisible()))
      await this.page.getByRole('button', { name: 'Edit tags', exact: true }).click();
    await this.tagsForm.getByRole('textbox', { name: 'Tags', exact: true }).fill(tags);
    await this.tagsForm.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** What the server said of the tags, under the field ("" while it says nothing). */
  async tagsError(): Promise<string> {
    const error = this.tagsForm.locator('.field-error');
    return (await error.count()) > 0 ? ((await error.textContent()) ?? '').trim() : '';
  }

  /** The notes, newest first, as "text · author". */
  async notes(): Promise<string[]> {
    return this.page.getByTestId('member-note').evaluateAll((items) =>
      items.map((item) => {
        const [body, about] = [...item.querySelectorAll('p')].map((p) => p.textContent ?? '');
        return `${body} · ${about?.split(',')[0] ?? ''}`;
      }),
    );
  }

  async canAddNotes(): Promise<boolean> {
    return (await this.page.getByRole('form', { name: 'Add a note', exact: true }).count()) > 0;
  }

  async addNote(text: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a note', exact: true });
    await form.getByRole('textbox', { name: 'New note', exact: true }).fill(text);
    await form.getByRole('button', { name: 'Add note', exact: true }).click();
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

  /** "Possibly the same person": each suggested member's name and reasons (none: the card is not there). */
  async suggestions(): Promise<{ name: string; reasons: string[] }[]> {
    return this.page.getByTestId('merge-suggestion').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('strong')?.textContent ?? '',
        reasons: [...item.querySelectorAll('[data-testid="merge-suggestion-reason"]')].map(
          (reason) => reason.textContent ?? '',
        ),
      })),
    );
  }

  /** Merges a suggested member in with its one button. */
  async mergeSuggested(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Merge ${name} into this member`, exact: true }).click();
  }

  /** The reasons the merges were made for, as the "Merged into this member" card shows them. */
  async mergeReasons(): Promise<string[]> {
    return this.page
      .getByTestId('member-merge')
      .evaluateAll((items) => items.map((item) => item.querySelectorAll('p')[2]?.textContent ?? ''));
  }

  /** "Export data" (admins): the member's data as the browser saves it. */
  async exportData(): Promise<DownloadedFile> {
    return download(this.page.getByRole('link', { name: 'Export data', exact: true }));
  }

  /** "Erase member…" (admins): gives the reason, types ERASE and confirms. */
  async erase(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Erase member…', exact: true }).click();
    const dialog = this.page.getByTestId('erase-member-dialog');
    await dialog.getByRole('textbox', { name: 'Reason', exact: true }).fill(reason);
    await dialog.getByRole('textbox', { name: 'Type ERASE to confirm', exact: true }).fill('ERASE');
    await dialog.getByRole('button', { name: 'Erase member', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async undoMerge(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Undo the merge of ${name}`, exact: true }).click();
    const confirm = this.page.getByTestId('undo-merge-dialog');
    await confirm.getByRole('button', { name: 'Yes, undo the merge' }).click();
    await confirm.waitFor({ state: 'detached' });
  }
}
