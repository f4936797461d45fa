import type { Page } from 'playwright-core';

/** /t/:id: a thread's posts, the accepted answer under the question, replies and staff tools. */
export class ForumThread {
  constructor(private readonly page: Page) {}

  async open(threadId: string): Promise<void> {
    await this.page.goto(`/t/${threadId}`);
    await this.title().waitFor();
  }

  /** A link to one post without a page, as emails and notifications have it. */
  async openAtPost(threadId: string, postId: string): Promise<void> {
    await this.page.goto(`/t/${threadId}#post-${postId}`);
    await this.title().waitFor();
  }

  title() {
    return this.page.getByTestId('thread-page').getByRole('heading', { level: 1 });
  }

  private postSelector(number: number): string {
    return `[data-testid="post"][data-post-number="${number}"]`;
  }

  post(number: number) {
    return this.page.locator(this.postSelector(number));
  }

  /** Resolves once a post with this number is on screen. */
  async waitForPost(number: number): Promise<void> {
    await this.post(number).waitFor();
  }

  async postCount(): Promise<number> {
    return this.page.getByTestId('post').count();
  }

  async postText(number: number): Promise<string> {
    return this.post(number).innerText();
  }

  /** "Page 2 of 3" above the posts (null for a thread of one page). */
  async pageStatus(): Promise<string | null> {
    const status = this.page.getByRole('navigation', { name: 'Pages of this thread' }).first();
    if ((await status.count()) === 0) return null;
    return status.locator('[aria-current="page"]').innerText();
  }

  /** The number of the post that has keyboard focus (null when focus is elsewhere). */
  async focusedPostNumber(): Promise<number | null> {
    const number = String(
      await this.page.evaluate(
        `document.activeElement?.closest('[data-testid="post"]')?.getAttribute('data-post-number') ?? ''`,
      ),
    );
    return number ? Number(number) : null;
  }

  /** Whether some of the post is inside the viewport. */
  async isPostOnScreen(number: number): Promise<boolean> {
    return Boolean(
      await this.page.evaluate(`(() => {
        const box = document.querySelector('${this.postSelector(number)}').getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })()`),
    );
  }

  /** The computed text-align of each header and data cell of the post's tables, row by row. */
  async tableAlignments(number: number): Promise<string[][]> {
    return (await this.page.evaluate(`[...document.querySelectorAll('${this.postSelector(number)} .prose tr')]
      .map((row) => [...row.children].map((cell) => getComputedStyle(cell).textAlign))`)) as string[][];
  }

  async reply(text: string): Promise<void> {
    await this.page.getByLabel('Reply', { exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Post reply', exact: true }).click();
  }

  async quote(number: number): Promise<void> {
    await this.post(number).getByRole('button', { name: 'Quote', exact: true }).click();
  }

  async replyDraft(): Promise<string> {
    return this.page.getByLabel('Reply', { exact: true }).inputValue();
  }

  /** Opens the inline editor of a post and resolves with the text it starts from. */
  async editText(number: number): Promise<string> {
    await this.post(number).getByRole('button', { name: 'Edit', exact: true }).click();
    return this.post(number).getByLabel(`Edit post #${number}`, { exact: true }).inputValue();
  }

  async accept(number: number): Promise<void> {
    await this.post(number).getByRole('button', { name: 'Accept answer', exact: true }).click();
    await this.post(number).getByRole('button', { name: 'Unaccept', exact: true }).waitFor();
  }

  /** The accepted answer as shown right after the opening post (null when there is none). */
  async answerUnderQuestion(): Promise<string | null> {
    const block = this.page.locator('[data-post-number="1"] ~ [data-testid="accepted-answer"]');
    if ((await block.count()) === 0) return null;
    return block.innerText();
  }

  async badges(): Promise<string[]> {
    const row = this.page.getByTestId('thread-page').getByTestId('thread-badges').first();
    if ((await row.count()) === 0) return [];
    return row.getByRole('listitem').allInnerTexts();
  }

  async takePrivate(note: string): Promise<void> {
    await this.page
      .getByTestId('thread-tools')
      .getByRole('button', { name: 'Take private', exact: true })
      .click();
    const dialog = this.page.getByTestId('take-private-dialog');
    await dialog.getByLabel('Note to the member', { exact: true }).fill(note);
    await dialog.getByRole('button', { name: 'Take private', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The title and note a visitor sees of a conversation taken private (null when not shown). */
  async privateStub(): Promise<string | null> {
    const stub = this.page.getByTestId('private-stub');
    if ((await stub.count()) === 0) return null;
    return stub.innerText();
  }
}
