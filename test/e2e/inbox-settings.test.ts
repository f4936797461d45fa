import { describe, expect, it } from 'vitest';
import { createPersona, signedIn } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { InboxSettingsRulesPage } from './pages/inbox-settings-rules.ts';
import { ReportsPage } from './pages/inbox-settings-reports.ts';
import { InboxSettingsRotaPage } from './pages/inbox-settings-rota.ts';
import { InboxSettingsSlaPage } from './pages/inbox-settings-sla.ts';
import { agentOption, InboxSettingsTeamsPage } from './pages/inbox-settings-teams.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();

interface Team {
  id: string;
  name: string;
  calendar: {
    timezone: string;
    weekly: Record<string, { start: string; end: string }[]>;
    holidays: string[];
  };
}

/** A manager's API client, for what the UI is not the point of (seeding, checking what was stored). */
async function managerApi(): Promise<TestClient> {
  const client = world().hearth.client();
  await signedIn(world().hearth.ctx, client, 'manager');
  return client;
}

async function teamNamed(api: TestClient, name: string): Promise<Team> {
  const response = await api.get('/api/inbox/teams');
  expect(response.status, response.body).toBe(200);
  const team = response.json<{ items: Team[] }>().items.find((item) => item.name === name);
  if (!team) throw new Error(`no team ${name}`);
  return team;
}

describe('inbox settings', () => {
  it(
    'a manager creates a team with two intervals on Monday and a holiday, then a routing rule to it; a rule naming an archived team says so',
    async () => {
      const ctx = world().hearth.ctx;
      const manager = await createPersona(ctx, 'manager', { name: 'Mona Manager' });
      const agent = await createPersona(ctx, 'agent', { name: 'Ada Agent' });
      const page = await signInAs(world(), manager, '/inbox/settings');
      const teams = new InboxSettingsTeamsPage(page);
      await page.getByRole('heading', { name: 'Teams', exact: true, level: 1 }).waitFor();

      await teams.create({
        name: 'Billing',
        agents: [agent],
        lead: agentOption(agent),
        timezone: 'Europe/Berlin',
        hours: { Monday: '09:00–12:00, 13:00-17:30', Tuesday: '9:00–17:00' },
        holidays: ['2026-12-25'],
      });
      expect(await teams.status()).toBe('Billing created.');
      await expect.poll(() => teams.names(), poll).toContain('Billing');
      // Wednesday to Friday keep the 09:00–17:00 a new team starts with.
      expect(await teams.hoursOf('Billing')).toBe(
        'Mon 09:00–12:00, 13:00–17:30; Tue–Fri 09:00–17:00 · Europe/Berlin · 1 holiday',
      );
      expect(await teams.membersOf('Billing')).toEqual(['Ada Agent']);

      const api = await managerApi();
      const stored = await teamNamed(api, 'Billing');
      expect(stored.calendar).toEqual({
        timezone: 'Europe/Berlin',
        weekly: {
          1: [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '17:30' },
          ],
          ...Object.fromEntries([2, 3, 4, 5].map((day) => [day, [{ start: '09:00', end: '17:00' }]])),
        },
        holidays: ['2026-12-25'],
        exceptions: [],
      });

      const rules = new InboxSettingsRulesPage(page);
      await rules.openFromSettingsNavigation();
      await rules.create({
        name: 'Refunds to Billing',
        textContainsAny: 'refund, chargeback',
        channel: 'Phone',
        team: 'Billing',
        assignee: agentOption(agent),
        stop: true,
      });
      await expect.poll(() => rules.names(), poll).toContain('Refunds to Billing');
      const summary = await rules.summaryOf('Refunds to Billing');
      expect(summary).toContain('Text contains any of refund, chargeback');
      expect(summary).toContain('Channel is Phone');
      expect(summary).toContain('Team: Billing');
      expect(summary).toContain('Assign to: Ada Agent');
      expect(summary).toContain('Stops later rules');

      // Someone archives the team: the rule is marked, and saving it explains what is missing.
      const archived = await api.patch(`/api/inbox/teams/${stored.id}`, { archived: true });
      expect(archived.status, archived.body).toBe(200);
      await rules.open();
      await expect
        .poll(() => rules.summaryOf('Refunds to Billing'), poll)
        .toContain('Names something missing');
      expect(await rules.saveAgain('Refunds to Billing')).toContain('names the team, which no longer exists');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'reorders SLA policies with the move buttons; the first whose conditions hold applies',
    async () => {
      const ctx = world().hearth.ctx;
      const api = await managerApi();
      const policy = (name: string, conditions: unknown[]) => ({
        name,
        conditions,
        firstResponseMinutes: 60,
        nextResponseMinutes: null,
        resolutionMinutes: null,
        warnBeforeMinutes: [],
        businessHours: false,
        escalation: [],
      });
      for (const body of [
        policy('Standard', []),
        policy('Phone calls', [{ field: 'channel', op: 'is', value: 'phone' }]),
      ]) {
        const created = await api.post('/api/inbox/sla-policies', body);
        expect(created.status, created.body).toBe(200);
      }
      const manager = await createPersona(ctx, 'manager');
      const page = await signInAs(world(), manager, '/inbox/settings/sla');
      const sla = new InboxSettingsSlaPage(page);
      await sla.open();
      expect(await sla.orderNote()).toContain('The first policy whose conditions hold applies');
      // New policies go last, after the ones the install starts with.
      const before = await sla.names();
      expect(before.slice(-2)).toEqual(['Standard', 'Phone calls']);
      // The channel's name comes from the server's list of channels.
      expect(await sla.summaryOf('Phone calls')).toContain('Channel is Phone');

      await sla.move('Phone calls', 'up');
      await expect
        .poll(() => sla.status(), poll)
        .toBe(`Phone calls is now ${before.length - 1} of ${before.length}.`);
      await expect.poll(async () => (await sla.names()).slice(-2), poll).toEqual(['Phone calls', 'Standard']);
      // Focus stays on the moved policy's button, so it can be moved again right away.
      await expect.poll(() => sla.focusedName(), poll).toBe('Move Phone calls up');
      const stored = await api.get('/api/inbox/sla-policies');
      const names = stored.json<{ items: { name: string }[] }>().items.map((item) => item.name);
      expect(names.slice(-2)).toEqual(['Phone calls', 'Standard']);

      // Back to the end, where "Move down" is disabled: focus goes to its "Move up".
      await sla.move('Phone calls', 'down');
      await expect
        .poll(() => sla.status(), poll)
        .toBe(`Phone calls is now ${before.length} of ${before.length}.`);
      await expect.poll(async () => (await sla.names()).slice(-2), poll).toEqual(['Standard', 'Phone calls']);
      await expect.poll(() => sla.focusedName(), poll).toBe('Move Phone calls up');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'puts an agent on the rota for a day, and lists the opening hours nobody covers in the week shown',
    async () => {
      const ctx = world().hearth.ctx;
      const api = await managerApi();
      const agent = await createPersona(ctx, 'agent', { name: 'Rota Rita' });
      // Around the clock (no opening hours anywhere): everything but her shift is a gap.
      const team = await api.post('/api/inbox/teams', {
        name: 'Night desk',
        members: [{ userId: agent.id }],
      });
      expect(team.status, team.body).toBe(200);
      const teamId = team.json<{ id: string }>().id;
      const manager = await createPersona(ctx, 'manager');
      const page = await signInAs(world(), manager, '/inbox/settings/rota');
      const rota = new InboxSettingsRotaPage(page);
      await rota.open(teamId);
      expect(await rota.addShift('Rota Rita', '09:00', '17:00')).toBe(
        'Rota Rita is on duty Monday 09:00–17:00.',
      );
      await expect.poll(() => rota.shifts(), poll).toEqual(['Monday 09:00–17:00 Rota Rita']);
      await expect.poll(async () => (await rota.gaps()).length, poll).toBeGreaterThan(0);
      expect((await rota.gaps()).every((gap) => gap.endsWith(': nobody on duty'))).toBe(true);
      expect(await rota.coverage()).toBe('Coverage gaps in the rest of this week');

      // Coverage follows the week shown: all of next week is open (around the clock), and nobody is on.
      await rota.go('Next week');
      await expect.poll(() => rota.coverage(), poll).toBe('Coverage gaps in this week');
      await expect.poll(() => rota.gaps(), poll).toEqual(['Monday 00:00 – Sunday 24:00: nobody on duty']);
      await rota.go('Previous week');
      await rota.go('Previous week');
      await expect.poll(() => rota.coverage(), poll).toContain('This week is over');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'tells an agent that inbox settings are for admins and community managers',
    async () => {
      const agent = await createPersona(world().hearth.ctx, 'agent');
      const page = await signInAs(world(), agent, '/inbox/settings/teams');
      const forbidden = page.getByTestId('forbidden');
      await forbidden.waitFor();
      expect(await forbidden.innerText()).toContain('Inbox settings are for admins and community managers.');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});

describe('reports', () => {
  it(
    'draws the charts and fills the tables from real conversations, filtered by team in the address',
    async () => {
      const ctx = world().hearth.ctx;
      const api = await managerApi();
      const agentClient = world().hearth.client();
      const agent = await signedIn(ctx, agentClient, 'agent', { name: 'Rae Responder' });
      const team = await api.post('/api/inbox/teams', {
        name: 'Support',
        assignment: 'round_robin',
        members: [{ userId: agent.id }],
      });
      expect(team.status, team.body).toBe(200);
      const teamId = team.json<{ id: string }>().id;
      const rule = await api.post('/api/inbox/rules', {
        name: 'Calls to Support',
        conditions: [{ field: 'channel', op: 'is', value: 'phone' }],
        actions: { teamId },
      });
      expect(rule.status, rule.body).toBe(200);
      const ids: string[] = [];
      for (const subject of ['Router drops the line', 'Invoice is wrong', 'Cannot log in']) {
        const call = await api.post('/api/inbox/phone-calls', {
          name: 'Robin Vale',
          subject,
          summary: `${subject}: please call back.`,
          answeredOnCall: false,
        });
        expect(call.status, call.body).toBe(200);
        ids.push(call.json<{ conversation: { id: string } }>().conversation.id);
      }
      for (const id of ids.slice(0, 2)) {
        const reply = await agentClient.post(`/api/inbox/conversations/${id}/replies`, {
          markdown: 'Called back and sorted it.',
          confirm: true,
          then: 'resolved',
        });
        expect(reply.status, reply.body).toBe(200);
      }

      const manager = await createPersona(ctx, 'manager');
      const page = await signInAs(world(), manager, '/reports');
      const reports = new ReportsPage(page);
      expect(await reports.waitForCharts()).toBe(6);
      expect(await reports.chartNames()).toEqual([
        'First response times',
        'Resolution times',
        'Conversations by channel',
        'Conversations by hour of day',
        'Open backlog',
        'SLA attainment by team',
      ]);
      expect(Number(await reports.tile('Conversations'))).toBeGreaterThanOrEqual(3);
      expect(await reports.rowNames('team')).toContain('Support');
      expect(await reports.rowNames('agent')).toContain('Rae Responder');
      expect(await reports.sortBy('agent', 'Name')).toBe('ascending');

      await reports.chooseTeam('Support');
      await expect.poll(() => reports.address(), poll).toContain(`team=${teamId}`);
      await expect.poll(() => reports.tile('Conversations'), poll).toBe('3');
      await expect.poll(() => reports.rowNames('team'), poll).toEqual(['Support']);
      // The address changes before React renders the filtered page, so the link is polled too.
      await expect.poll(() => reports.csvHref(), poll).toContain(`teamId=${teamId}`);
      expect(await reports.csvHref()).toContain(`/api/inbox/reports.csv?from=`);
      await reports.waitForCharts();
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
