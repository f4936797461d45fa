import type { Page } from 'playwright-core';

/** Listening › Crisis rooms: the list and the dialog that opens a room by hand. */
export class CrisisRoomsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/listening/crises');
    await this.page.getByTestId('crisis-rooms-page').waitFor();
  }

  async isEmpty(): Promise<boolean> {
    await this.page.getByTestId('crisis-rooms-empty').waitFor();
    return true;
  }

  /** Opens a room for one watch rule; the page moves to the new room. */
  async openRoom(room: { title: string; severity: string; rule: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Open a crisis room' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill(room.title);
    await dialog.getByLabel('Severity').selectOption({ label: room.severity });
    await dialog.getByLabel('Watch rule').selectOption({ label: room.rule });
    await dialog.getByRole('button', { name: 'Open the room' }).click();
    await this.page.getByTestId('crisis-room-page').waitFor();
  }
}

/** One crisis room: its mentions, its timeline and its statements. */
export class CrisisRoomPage {
  constructor(private readonly page: Page) {}

  async title(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** The room's mention counter as a number ("3 mentions"). */
  async mentionCount(): Promise<number> {
    return Number(await this.page.getByTestId('crisis-mention-count').getAttribute('data-count'));
  }

  async mentionTexts(): Promise<string[]> {
    return this.page.getByTestId('crisis-mentions').locator('[data-testid="mention-text"]').allInnerTexts();
  }

  async addNote(text: string): Promise<void> {
    const form = this.page.getByTestId('crisis-note-form');
    await form.getByLabel('Note').fill(text);
    await form.getByRole('button', { name: 'Add note' }).click();
  }

  /** The timeline's entries as read, newest first. */
  async timeline(): Promise<string[]> {
    const events = await this.page.getByTestId('crisis-timeline-event').allInnerTexts();
    return events.map((text) => text.replace(/\s+/g, ' ').trim());
  }

  async draftStatement(text: string): Promise<void> {
    await this.page.getByLabel('Draft a statement').fill(text);
    await this.page.getByRole('button', { name: 'Draft statement' }).click();
  }

  /** Each statement's stage (draft, approved, published), in order. */
  async statementStages(): Promise<(string | null)[]> {
    return this.page
      .getByTestId('crisis-statement')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status')));
  }

  async approveStatement(): Promise<void> {
    await this.page.getByRole('button', { name: 'Approve statement' }).click();
  }

  /** Publishes the approved statement, confirming in the dialog that says where it goes. */
  async publishStatement(): Promise<string> {
    await this.page.getByRole('button', { name: 'Publish statement' }).click();
    const dialog = this.page.getByTestId('publish-statement-dialog');
    const says = (await dialog.innerText()).replace(/\s+/g, ' ');
    await dialog.getByRole('button', { name: 'Yes, publish it' }).click();
    await this.page.getByTestId('crisis-statement-published').waitFor();
    return says;
  }

  async openPublishedThread(): Promise<void> {
    await this.page.getByTestId('crisis-statement-thread').click();
  }
}

/** Listening › Outreach: the queue of people to contact, and the outreach that follows. */
export class OutreachPage {
  constructor(private readonly page: Page) {}

  async open(status: 'waiting' | 'contacted' | 'answered' = 'waiting'): Promise<void> {
    await this.page.goto(
      status === 'waiting' ? '/listening/outreach' : `/listening/outreach?status=${status}`,
    );
    await this.page.locator(`[data-testid="listening-outreach-page"][data-status="${status}"]`).waitFor();
  }

  async tab(status: 'waiting' | 'contacted' | 'answered'): Promise<void> {
    await this.page.getByTestId(`outreach-tab-${status}`).click();
    await this.page.locator(`[data-testid="listening-outreach-page"][data-status="${status}"]`).waitFor();
  }

  /** The people waiting, as "author key: ways offered". */
  async waiting(): Promise<string[]> {
    await this.page.getByTestId('outreach-waiting').waitFor();
    return this.page.getByTestId('outreach-person').evaluateAll((cards) =>
      cards.map((card) => {
        const ways = [...card.querySelectorAll('input[type="radio"]')].map((input) =>
          input.getAttribute('value'),
        );
        return `${card.getAttribute('data-author-key')}: ${ways.join(', ')}`;
      }),
    );
  }

  private person(authorKey: string) {
    return this.page.locator(`[data-testid="outreach-person"][data-author-key="${authorKey}"]`);
  }

  /** Reaches out to one person: picks the way, rewrites the message, sends. */
  async reachOut(authorKey: string, way: RegExp, message: string): Promise<void> {
    const card = this.person(authorKey);
    await card.getByRole('radio', { name: way }).check();
    await card.getByLabel('Message').fill(message);
    await card.getByRole('button', { name: /^Reach out to / }).click();
  }

  async status(): Promise<string> {
    return (await this.page.getByTestId('outreach-status').innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The outreach rows on the tab shown, as "author key · via · status · message". */
  async rows(): Promise<string[]> {
    return this.page.getByTestId('outreach-row').evaluateAll((rows) =>
      rows.map((row) => {
        const message = row.querySelector('[data-testid="outreach-message"]')?.textContent?.trim() ?? '';
        return [
          row.getAttribute('data-author-key'),
          row.getAttribute('data-via'),
          row.getAttribute('data-status'),
          message,
        ].join(' · ');
      }),
    );
  }

  async markAnswered(authorKey: string): Promise<void> {
    await this.page
      .locator(`[data-testid="outreach-row"][data-author-key="${authorKey}"]`)
      .getByRole('button', { name: 'Mark answered' })
      .click();
  }
}
