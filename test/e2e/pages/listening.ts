import type { Locator, Page } from 'playwright-core';

/** What a mention's card shows about it: its chips, and whether it went to the inbox. */
export interface MentionShown {
  /** The sentiment chip as read: "Negative −0.62". */
  sentiment: string;
  /** The intent chip: "Complaint". */
  intent: string;
  /** The watch rules' chips, in order. */
  rules: string[];
  /** Whether the card links to the inbox conversation the mention became. */
  inInbox: boolean;
}

/** A word behind a mention's sentiment, with its weight (negative words weigh below zero). */
export interface DriverShown {
  word: string;
  weight: number;
}

/** How the rule editor reads the query typed so far. */
export interface QueryCheckShown {
  state: string | null;
  /** The error under the field ("" when there is none). */
  error: string;
  /** Where the caret under the query points, and the character it marks (null without a caret). */
  caret: { position: number; character: string } | null;
  /** "Hearth reads this as: …" ("" unless the query reads). */
  canonical: string;
}

/** An element's text as read aloud in one line (chips lay their parts out on separate lines). */
async function oneLine(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** The text of an element without its aria-hidden parts (a count badge, a separator dot). */
async function spokenTexts(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((nodes) =>
    nodes.map((node) => {
      const copy = node.cloneNode(true) as typeof node;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return (copy.textContent ?? '').trim();
    }),
  );
}

/** The frame around every listening page: its own tabs. */
export class ListeningTabs {
  constructor(private readonly page: Page) {}

  private get navigation() {
    return this.page.getByRole('navigation', { name: 'Listening', exact: true });
  }

  /** The tabs this person is offered, in order. */
  async names(): Promise<string[]> {
    await this.navigation.waitFor();
    return spokenTexts(this.navigation.getByRole('link'));
  }

  async go(tab: 'Stream' | 'Alerts' | 'Sources' | 'Rules' | 'Settings'): Promise<void> {
    await this.navigation.getByRole('link', { name: tab, exact: true }).click();
  }
}

/** /listening: the stream of mentions, its search and filters, and the bar counting new mentions. */
export class ListeningStreamPage {
  constructor(private readonly page: Page) {}

  async open(search = ''): Promise<void> {
    await this.page.goto(`/listening${search}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Listening', exact: true, level: 1 }).waitFor();
  }

  /** What someone whose role does not follow listening is told instead of the stream. */
  async notForRole(): Promise<string> {
    const notice = this.page.getByTestId('listening-page').getByTestId('listening-not-for-role');
    await notice.waitFor();
    return notice.innerText();
  }

  /** Searches the stream (the box is applied with the Search button, like pressing Enter). */
  async search(words: string): Promise<void> {
    const form = this.page.getByRole('search', { name: 'Search the stream', exact: true });
    await form.getByRole('searchbox', { name: 'Search mentions', exact: true }).fill(words);
    await form.getByRole('button', { name: 'Search', exact: true }).click();
  }

  /** Chooses an option of one of the filters, by the option's label: filter("Watch rule", "Lumo"). */
  async filter(
    label: 'Watch rule' | 'Source' | 'Intent' | 'Sentiment' | 'Language' | 'Inbox',
    option: string,
  ): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Filters', exact: true })
      .getByLabel(label, { exact: true })
      .selectOption({ label: option });
  }

  /** The texts of the mentions listed, newest first (none while the list is empty or loading). */
  async texts(): Promise<string[]> {
    return this.page.getByTestId('stream-list').getByTestId('mention-text').allInnerTexts();
  }

  /** The heading over the list: "Newest mentions", or "Matching mentions" when narrowed. */
  async listHeading(): Promise<string> {
    return this.page
      .getByRole('heading', { level: 2 })
      .filter({ hasText: /mentions$/ })
      .innerText();
  }

  private card(text: string) {
    return this.page
      .getByTestId('stream-list')
      .getByTestId('mention')
      .filter({ has: this.page.getByTestId('mention-text').getByText(text, { exact: true }) });
  }

  /** The chips and links of the mention with this text, once it is listed. */
  async mention(text: string): Promise<MentionShown> {
    const card = this.card(text);
    await card.waitFor();
    return {
      sentiment: await oneLine(card.getByTestId('mention-sentiment')),
      intent: await oneLine(card.getByTestId('mention-intent')),
      rules: (await card.getByTestId('mention-rule').allInnerTexts()).map((rule) => rule.trim()),
      inInbox: (await card.getByRole('link', { name: 'In inbox', exact: true }).count()) > 0,
    };
  }

  /** Opens the page of the mention with this text from its "Details" link. */
  async openDetails(text: string): Promise<void> {
    await this.card(text)
      .getByRole('link', { name: /^Details of the mention by / })
      .click();
    await this.page.getByTestId('listening-item-page').waitFor();
  }

  /** What the bar over the list says about mentions that arrived ("" when there is no bar). */
  async newMentionsBar(): Promise<string> {
    const [bar = ''] = await this.page.getByTestId('stream-new-mentions').allInnerTexts();
    return bar.trim();
  }

  async showNewMentions(): Promise<void> {
    await this.page.getByRole('button', { name: /new mentions? — show$/ }).click();
  }

  /** The path and query the browser shows. */
  address(): string {
    const url = new URL(this.page.url());
    return `${url.pathname}${decodeURIComponent(url.search)}`;
  }
}

/** /listening/items/:id: one mention, and why Hearth read it as it did. */
export class ListeningMentionPage {
  constructor(private readonly page: Page) {}

  private get why() {
    return this.page.getByTestId('mention-why');
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** The headings of the explanation: "Sentiment: Negative −0.62", "Intent: Complaint". */
  async readings(): Promise<{ sentiment: string; intent: string }> {
    return {
      sentiment: await oneLine(this.why.getByRole('heading', { name: /^Sentiment: / })),
      intent: await oneLine(this.why.getByRole('heading', { name: /^Intent: / })),
    };
  }

  /** The words behind the sentiment score, strongest first. */
  async drivers(): Promise<DriverShown[]> {
    const rows = this.why
      .getByRole('list', { name: 'Words behind the score', exact: true })
      .getByRole('listitem');
    await rows.first().waitFor();
    const words = await rows
      .locator('.bar-label')
      .evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
    const weights = await rows.evaluateAll((nodes) =>
      nodes.map((node) => Number(node.getAttribute('data-weight'))),
    );
    return words.map((word, index) => ({ word, weight: weights[index] ?? Number.NaN }));
  }

  /** Why the mention went to the inbox, or why it stayed in the stream. */
  async routing(): Promise<string> {
    return (await this.why.getByRole('region', { name: 'Inbox', exact: true }).innerText()).trim();
  }

  async openConversation(): Promise<void> {
    await this.why.getByRole('link', { name: 'Open the conversation', exact: true }).click();
    await this.page.getByTestId('conversation-page').waitFor();
  }
}

/** Listening › Rules, and the editor of a watch rule. */
export class ListeningRulesPage {
  constructor(private readonly page: Page) {}

  private get heading() {
    return this.page.getByRole('heading', { name: 'Watch rules', exact: true, level: 1 });
  }

  async open(): Promise<void> {
    await this.page.goto('/listening/settings/rules');
    await this.heading.waitFor();
  }

  /** From the list to an empty rule editor. */
  async startNewRule(): Promise<void> {
    await this.page.getByRole('link', { name: 'New rule', exact: true }).click();
    await this.editor.waitFor();
  }

  private get editor() {
    return this.page.getByRole('form', { name: 'New watch rule', exact: true });
  }

  async name(name: string, category: 'Brand' | 'Product' | 'Competitor' | 'Topic'): Promise<void> {
    await this.editor.getByLabel('Name', { exact: true }).fill(name);
    await this.editor.getByLabel('Category', { exact: true }).selectOption({ label: category });
  }

  /** Replaces the query; it is checked as it is typed. */
  async typeQuery(query: string): Promise<void> {
    await this.editor.getByRole('textbox', { name: 'Query', exact: true }).fill(query);
  }

  /** What the editor says about the query as it stands, read at one instant (it changes as checks return). */
  async queryCheck(): Promise<QueryCheckShown> {
    return this.editor.getByTestId('query-check').evaluate((check) => {
      const text = (testId: string) =>
        (check.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const caret = check.querySelector('[data-testid="query-caret"]');
      return {
        state: check.getAttribute('data-state'),
        error: text('query-error'),
        caret: caret
          ? {
              position: Number(caret.getAttribute('data-position')),
              character: caret.querySelector('mark')?.textContent ?? '',
            }
          : null,
        canonical: text('query-canonical'),
      };
    });
  }

  /** Creates the rule; resolves back on the list of rules. */
  async create(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Create rule', exact: true }).click();
    await this.heading.waitFor();
  }

  /** The status line at the top of the list (what the last action did). */
  async status(): Promise<string> {
    return (await this.page.locator('.page-status').innerText()).trim();
  }

  async names(): Promise<string[]> {
    return this.page.getByTestId('rules-list').locator('[data-testid="watch-rule"] h2').allInnerTexts();
  }

  private card(name: string) {
    return this.page
      .getByTestId('watch-rule')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** A rule's card as read: how Hearth reads it, what goes to the inbox, its alerts. */
  async summaryOf(name: string): Promise<{ reads: string; inbox: string; alerts: string }> {
    const card = this.card(name);
    return {
      reads: (await card.getByTestId('rule-canonical').innerText()).trim(),
      inbox: (await card.getByTestId('rule-inbox').innerText()).trim(),
      alerts: (await card.getByTestId('rule-alerts').innerText()).trim(),
    };
  }
}

/** What the "is ready" step shows after adding a webhook source. */
export interface WebhookShown {
  title: string;
  secret: string;
  endpoint: string;
  /** The signing instructions, with the shell sample. */
  help: string;
}

/** Listening › Sources: the sources, and adding one. */
export class ListeningSourcesPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Sources', exact: true, level: 1 }).waitFor();
  }

  private get dialog() {
    return this.page.getByTestId('add-source-dialog');
  }

  /** Adds a webhook source through "Add source"; returns what the dialog then shows, once. */
  async addWebhook(source: { name: string; platform?: string }): Promise<WebhookShown> {
    await this.page.getByRole('button', { name: 'Add source', exact: true }).click();
    const form = this.dialog.getByRole('form', { name: 'Add a source', exact: true });
    await form
      .getByRole('group', { name: 'Kind', exact: true })
      .getByRole('radio', { name: /^Webhook/ })
      .check();
    await form.getByLabel('Name', { exact: true }).fill(source.name);
    if (source.platform) await form.getByLabel('Platform (optional)', { exact: true }).fill(source.platform);
    await form.getByRole('button', { name: 'Add source', exact: true }).click();
    const ready = this.dialog.getByTestId('source-ready');
    await ready.waitFor();
    return {
      title: (await this.dialog.getByRole('heading', { level: 2 }).first().innerText()).trim(),
      secret: await ready.getByRole('textbox', { name: 'Signing secret', exact: true }).inputValue(),
      endpoint: await ready.getByRole('textbox', { name: 'Address to post to', exact: true }).inputValue(),
      help: (await ready.getByTestId('webhook-help').innerText()).trim(),
    };
  }

  /** Closes the "is ready" step. */
  async done(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Done', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** How many signing secrets the page shows right now. */
  async secretsShown(): Promise<number> {
    return this.page.getByRole('textbox', { name: 'Signing secret', exact: true }).count();
  }

  async names(): Promise<string[]> {
    return this.page
      .getByTestId('sources-list')
      .locator('[data-testid="listening-source"] h2')
      .allInnerTexts();
  }

  /** A source's card as read. */
  async source(name: string): Promise<{ kind: string | null; health: string; mentions: string }> {
    const card = this.page
      .getByTestId('listening-source')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
    return {
      kind: await card.getAttribute('data-kind'),
      health: (await card.getByTestId('source-health').innerText()).trim(),
      mentions: (await card.getByTestId('source-item-count').innerText()).trim(),
    };
  }
}

/** Listening › Alerts: the open alerts, the acknowledged ones, and one alert's page. */
export class ListeningAlertsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/listening/alerts');
    await this.waitUntilShown();
  }

  /** Resolves once the open alerts have loaded (as a list, or as "No open alerts"). */
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Alerts', exact: true, level: 1 }).waitFor();
    await this.page
      .getByTestId('open-alerts')
      .locator('[data-testid="open-alerts-empty"], [data-testid="listening-alert"]')
      .first()
      .waitFor();
  }

  /** The headlines of the open (or acknowledged) alerts, newest first. */
  async headlines(status: 'open' | 'acknowledged'): Promise<string[]> {
    return this.page
      .getByTestId(`${status}-alerts`)
      .getByTestId('listening-alert')
      .getByRole('heading', { level: 3 })
      .allInnerTexts();
  }

  private card(headline: string) {
    return this.page
      .getByTestId('listening-alert')
      .filter({ has: this.page.getByRole('heading', { name: headline, exact: true }) });
  }

  /** What an alert's card says: "48 in 5 min, about 2 expected", and (acknowledged) when and by whom. */
  async summaryOf(headline: string): Promise<{ numbers: string; acknowledged: string }> {
    const card = this.card(headline);
    const [acknowledged = ''] = await card.getByTestId('alert-acknowledged').allInnerTexts();
    return {
      numbers: (await card.getByTestId('alert-numbers').innerText()).trim(),
      acknowledged: acknowledged.trim(),
    };
  }

  async acknowledge(headline: string): Promise<void> {
    await this.page.getByRole('button', { name: `Acknowledge: ${headline}`, exact: true }).click();
  }

  /** The status line at the top of the page. */
  async status(): Promise<string> {
    return (await this.page.locator('.page-status').innerText()).trim();
  }

  async openAlert(headline: string): Promise<void> {
    await this.card(headline).getByRole('link', { name: headline, exact: true }).click();
    await this.page.getByTestId('listening-alert-page').waitFor();
  }
}

/** /listening/alerts/:id: what spiked, the volume around it, and what it is about. */
export class ListeningAlertPage {
  constructor(private readonly page: Page) {}

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** Resolves once the volume chart has drawn; returns its accessible name. */
  async waitForChart(): Promise<string> {
    const chart = this.page.getByTestId('alert-volume-chart');
    await chart.locator('canvas').first().waitFor();
    return (await chart.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
  }

  /** A ranking panel ("Unusual words", "Top sources", "Top authors") as name and count. */
  async ranking(title: 'Unusual words' | 'Top sources' | 'Top authors'): Promise<string[]> {
    const panel = this.page.getByRole('region', { name: title, exact: true });
    const names = await panel.locator('.bar-label').allInnerTexts();
    const counts = await spokenTexts(panel.locator('.bar-value'));
    return names.map((name, index) => `${name.trim()} ${(counts[index] ?? '').replace(/\s*mentions$/, '')}`);
  }

  /** The texts of the example mentions. */
  async examples(): Promise<string[]> {
    return this.page.getByTestId('alert-examples').getByTestId('mention-text').allInnerTexts();
  }

  async backToAlerts(): Promise<void> {
    await this.page.locator('.breadcrumbs').getByRole('link', { name: 'Alerts', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Alerts', exact: true, level: 1 }).waitFor();
  }
}
