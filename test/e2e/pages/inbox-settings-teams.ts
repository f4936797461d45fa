import type { Page } from 'playwright-core';

export interface NewTeam {
  name: string;
  /** Agents chosen from everyone who can work the inbox, by name and handle. */
  agents: { name: string; handle: string }[];
  /** The lead's option, as the picker names them: "Ada Agent (@ada)". */
  lead?: string;
  timezone: string;
  /** Opening hours by weekday label, as typed: "09:00–12:00, 13:00–17:30". */
  hours: Record<string, string>;
  holidays: string[];
}

/** How the pickers name an agent (someone with the agent role): "Ada Agent (@ada)". */
export function agentOption(agent: { name: string; handle: string }): string {
  return `${agent.name} (@${agent.handle})`;
}

/** Inbox settings › Teams: the list, and the team editor page it links to. */
export class InboxSettingsTeamsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/inbox/settings/teams');
    await this.page.getByRole('heading', { name: 'Teams', exact: true, level: 1 }).waitFor();
  }

  /** Fills in the New team page and creates the team; resolves back on the list. */
  async create(team: NewTeam): Promise<void> {
    await this.page.getByRole('link', { name: 'New team', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'New team' });
    await form.getByLabel('Name', { exact: true }).fill(team.name);
    for (const agent of team.agents) {
      await form.getByLabel('Person', { exact: true }).selectOption({ label: agentOption(agent) });
      await form.getByRole('button', { name: 'Add to the team', exact: true }).click();
      await form
        .getByTestId('team-member-row')
        .filter({ hasText: `@${agent.handle}` })
        .waitFor();
    }
    if (team.lead) await form.getByLabel('Team lead').selectOption({ label: team.lead });
    await form.getByRole('radio', { name: /^Set opening hours/ }).check();
    await form.getByLabel('Time zone').selectOption(team.timezone);
    for (const [day, hours] of Object.entries(team.hours))
      await form.getByLabel(day, { exact: true }).fill(hours);
    for (const date of team.holidays) {
      await form.getByLabel('Holiday date').fill(date);
      await form.getByRole('button', { name: 'Add holiday', exact: true }).click();
      await form.getByRole('button', { name: `Remove the holiday on ${date}`, exact: true }).waitFor();
    }
    await form.getByRole('button', { name: 'Create team', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Teams', exact: true, level: 1 }).waitFor();
  }

  private card(name: string) {
    return this.page
      .getByTestId('inbox-team')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.page.locator('[data-testid="inbox-team"] h2').allInnerTexts();
  }

  /** The opening-hours summary of a team, e.g. "Mon 09:00–12:00, 13:00–17:30 · Europe/Berlin · 1 holiday". */
  async hoursOf(name: string): Promise<string> {
    return this.card(name).getByTestId('team-hours').innerText();
  }

  async membersOf(name: string): Promise<string[]> {
    return this.card(name).locator('[data-testid="team-member"] strong').allInnerTexts();
  }

  /** The status line at the top of the page (what the last action did). */
  async status(): Promise<string> {
    return this.page.locator('.page-status').innerText();
  }
}
