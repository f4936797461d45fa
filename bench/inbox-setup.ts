import { migrateDatabase, openDatabase } from '../src/db/index.ts';
import type { Role } from '../src/core/roles.ts';
import type { BenchTarget } from './database.ts';
import { benchPassword } from './forum-data.ts';
import { officeCalendar } from './inbox-sla.ts';
import { insertInboxUsers, type InboxUser } from './inbox-users.ts';
import { log } from './output.ts';
import { stopChild } from './processes.ts';
import { startHearth } from './servers.ts';
import { Session } from './session.ts';

/**
 * No demo (its teams, rules and conversations would route the bench's messages); sign-in is
 * limited per IP, and the bench signs a few people in from one address.
 */
export const inboxServerEnv = { HEARTH_DEMO: 'false', AUTH_RATE_LIMIT_PER_MINUTE: '10000' };

/** Each team: agents holding the backlog (at capacity) and fresh ones that take new work. */
const backlogAgentsPerTeam = 8;
const intakeAgentsPerTeam = 10;
/** The most the team schema allows: round robin passes over an agent at capacity. */
const capacity = 500;

export const benchTeams = [
  { name: 'Billing', words: ['refund', 'charge', 'bill', 'payment', 'price', 'card'], tag: 'billing' },
  { name: 'Travel', words: ['flight', 'delay', 'bag', 'seat', 'gate', 'airport'], tag: 'travel' },
  { name: 'Tech', words: ['app', 'update', 'wifi', 'internet', 'phone', 'service'], tag: 'tech' },
  { name: 'Orders', words: ['order', 'delivery', 'package', 'store', 'food'], tag: 'orders' },
  { name: 'General', words: [], tag: 'general' },
] as const;

export interface InboxSetup {
  admin: InboxUser;
  teams: { id: string; name: string; tag: string; backlog: InboxUser[]; intake: InboxUser[] }[];
  channel: { id: string; secret: string };
}

async function expectJson<T>(response: Response, what: string): Promise<T> {
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${what}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/**
 * A migrated database with the people written straight in, then an admin configures the inbox over
 * HTTP as anyone would: five teams on office hours with round-robin assignment, routing rules by
 * words, an urgent policy around the clock and a standard one in business hours, an API channel.
 */
export async function prepareInbox(target: BenchTarget): Promise<InboxSetup> {
  const database = await openDatabase({ ...target, databasePoolSize: 2 });
  let people: InboxUser[];
  try {
    await migrateDatabase(database, target.databaseUrl);
    const perTeam = backlogAgentsPerTeam + intakeAgentsPerTeam;
    const roles: Role[] = ['admin', ...Array<Role>(benchTeams.length * perTeam).fill('agent')];
    people = await insertInboxUsers(database.db, 'inbox', roles);
  } finally {
    await database.close();
  }
  const [admin, ...agents] = people;
  if (!admin) throw new Error('No admin inserted');
  log('Configuring the inbox over the admin API (teams, rules, SLA policies, API channel)…');
  const hearth = await startHearth(target, inboxServerEnv);
  try {
    const session = new Session(hearth.url);
    await expectJson(
      await session.post('/api/auth/signin', { email: admin.email, password: benchPassword }),
      'Admin sign-in',
    );
    return { admin, ...(await configure(session, agents)) };
  } finally {
    await stopChild(hearth.child);
  }
}

async function configure(session: Session, agents: InboxUser[]): Promise<Omit<InboxSetup, 'admin'>> {
  const perTeam = backlogAgentsPerTeam + intakeAgentsPerTeam;
  const teams: InboxSetup['teams'] = [];
  for (const [i, team] of benchTeams.entries()) {
    const members = agents.slice(i * perTeam, (i + 1) * perTeam);
    const body = {
      name: team.name,
      calendar: officeCalendar,
      assignment: 'round_robin',
      members: members.map((member) => ({ userId: member.id, capacity })),
    };
    const created = await expectJson<{ id: string }>(await session.post('/api/inbox/teams', body), team.name);
    const backlog = members.slice(0, backlogAgentsPerTeam);
    teams.push({
      id: created.id,
      name: team.name,
      tag: team.tag,
      backlog,
      intake: members.slice(backlogAgentsPerTeam),
    });
  }
  const policy = async (body: Record<string, unknown>) =>
    (await expectJson<{ id: string }>(await session.post('/api/inbox/sla-policies', body), 'SLA policy')).id;
  // Policies match in order: the standard one (no conditions) takes everything; the urgent one only
  // comes through the rule that names it.
  await policy({
    name: 'Standard, office hours',
    conditions: [],
    firstResponseMinutes: 240,
    nextResponseMinutes: 480,
    resolutionMinutes: 3 * 450,
    escalation: [{ afterMinutes: 60, action: 'notify_lead' }],
  });
  const urgent = await policy({
    name: 'Urgent, around the clock',
    conditions: [],
    firstResponseMinutes: 60,
    nextResponseMinutes: 120,
    resolutionMinutes: 24 * 60,
    businessHours: false,
  });
  const rules = [
    {
      name: 'Urgent words',
      conditions: [
        { field: 'text', op: 'contains_any', value: ['outage', 'down', 'urgent', 'hacked', 'stolen'] },
      ],
      actions: { priority: 'urgent', slaPolicyId: urgent, addTags: ['urgent'] },
    },
    ...benchTeams.map((team, i) => ({
      name: `To ${team.name}`,
      conditions:
        team.words.length > 0
          ? [{ field: 'text', op: 'contains_any', value: [...team.words] }]
          : [{ field: 'channel', op: 'is', value: 'api' }],
      actions: { teamId: teams[i]?.id, addTags: [team.tag] },
      stop: true,
    })),
  ];
  for (const rule of rules) await expectJson(await session.post('/api/inbox/rules', rule), rule.name);
  const channel = await expectJson<{ id: string; secret?: string }>(
    await session.post('/api/inbox/api-channels', { name: 'Bench source' }),
    'API channel',
  );
  if (!channel.secret) throw new Error('The new API channel came without its secret');
  return { teams, channel: { id: channel.id, secret: channel.secret } };
}
