import { DateTime } from 'luxon';
import type { AppContext } from '../context.ts';
import type { Actor } from '../core/actor.ts';
import { fixedClock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { actorOf, userCardsByRoles, type UserCard } from '../modules/accounts/index.ts';
import {
  addNote,
  addShift,
  createChannel,
  createReply,
  createRoutingRule,
  createTeam,
  escalateConversation,
  ingestMessage,
  logPhoneCall,
  openRatingToken,
  rateConversation,
  recordScopeChange,
  replyToConversation,
  ruleSchema,
  saveInboxSettings,
  sweepSla,
  teamSchema,
} from '../modules/inbox/index.ts';
import { inboxStories, liveArrivals, type InboxStory } from './inbox-script.ts';
import { inventPerson } from './people.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const weekday = [
  { start: '08:00', end: '12:30' },
  { start: '13:30', end: '18:00' },
];

interface Crew {
  manager: Actor;
  agents: Actor[];
  cards: UserCard[];
}

function asActor(card: UserCard): Actor {
  const actor = actorOf(card);
  if (!actor) throw new Error(`${card.handle} cannot act`);
  return actor;
}

async function crewOf(ctx: AppContext): Promise<Crew | null> {
  const [manager] = await userCardsByRoles(ctx.database.db, ['manager']);
  const agents = await userCardsByRoles(ctx.database.db, ['agent']);
  if (!manager || agents.length === 0) return null;
  return { manager: asActor(manager), agents: agents.map(asActor), cards: agents };
}

/** Opening hours, two teams, rules that route money to Billing, saved replies, the shop's webhook. */
async function configure(ctx: AppContext, crew: Crew): Promise<string> {
  await saveInboxSettings(ctx, crew.manager, {
    calendar: {
      timezone: 'Europe/Berlin',
      weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday },
      holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01'],
      exceptions: [{ date: '2026-12-31', intervals: [{ start: '09:00', end: '13:00' }] }],
    },
    offHoursMessage:
      'We answer Monday to Friday, 08:00–18:00 (Berlin). Outside those hours, the community and the help centre are there for you.',
  });
  const members = crew.agents.map((agent) => ({ userId: agent.userId, capacity: 12 }));
  const support = await createTeam(
    ctx,
    crew.manager,
    teamSchema.parse({ name: 'Support', leadId: crew.manager.userId, assignment: 'round_robin', members }),
  );
  const billing = await createTeam(
    ctx,
    crew.manager,
    teamSchema.parse({ name: 'Billing', leadId: crew.manager.userId, assignment: 'balanced', members }),
  );
  await createRoutingRule(
    ctx,
    crew.manager,
    ruleSchema.parse({
      name: 'Money matters go to Billing',
      conditions: [
        {
          field: 'text',
          op: 'contains_any',
          value: ['refund', 'charged', 'charge', 'invoice', 'vat', 'discount', 'payment', 'subscription'],
        },
      ],
      actions: { teamId: billing.id, addTags: ['billing'] },
      stop: true,
    }),
  );
  await createRoutingRule(
    ctx,
    crew.manager,
    ruleSchema.parse({ name: 'Everything else to Support', conditions: [], actions: { teamId: support.id } }),
  );
  for (const [title, body] of [
    [
      'Refund on its way',
      'Hi {{member.first_name}}, your refund is on its way and shows on your statement within 5 working days. — {{agent.name}}',
    ],
    [
      'Reconnect after a router change',
      'Hi {{member.first_name}}, hold the dial for 10 seconds until it blinks blue, then choose Devices › Reconnect in the app.',
    ],
    [
      'Thanks for waiting',
      'Thanks for your patience, {{member.first_name}}. We are on it and will write again today.',
    ],
  ] as const)
    await createReply(ctx, crew.manager, { title, body });
  await createChannel(ctx, crew.manager, 'Lumo shop orders');
  return support.id;
}

async function arrive(ctx: AppContext, channel: 'email' | 'api', subject: string, text: string) {
  const person = inventPerson();
  const ref = newId();
  const result = await ctx.database.transaction((tx) =>
    ingestMessage(tx, ctx, {
      channel,
      conversationRef: channel === 'email' ? `<${ref}@example.org>` : `shop-${ref}`,
      externalId: `${channel}:demo-${ref}`,
      subject,
      text,
      html: `<p>${text}</p>`,
      from: { memberId: null, name: person.name, address: person.email },
      at: ctx.clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  return { id: result.conversationId ?? '', name: person.name.split(' ')[0] ?? '', channel, ref, person };
}

type Arrival = Awaited<ReturnType<typeof arrive>>;

/** The customer writes again in the same conversation (a resolved one reopens). */
async function writeAgain(ctx: AppContext, arrival: Arrival, text: string): Promise<void> {
  const { channel, ref, person } = arrival;
  await ctx.database.transaction((tx) =>
    ingestMessage(tx, ctx, {
      channel,
      conversationRef: channel === 'email' ? `<${ref}@example.org>` : `shop-${ref}`,
      externalId: `${channel}:demo-${newId()}`,
      subject: '',
      text,
      html: `<p>${text}</p>`,
      from: { memberId: null, name: person.name, address: person.email },
      at: ctx.clock.now(),
      direction: 'in',
      opens: false,
    }),
  );
}

/** Plays one customer story through the inbox's own use cases, the clock moving as people work. */
async function playStory(
  ctx: AppContext,
  clock: ReturnType<typeof fixedClock>,
  crew: Crew,
  story: InboxStory,
  n: number,
): Promise<void> {
  const agent = crew.agents[n % crew.agents.length] ?? crew.manager;
  if (story.channel === 'phone') {
    await logPhoneCall(ctx, agent, {
      memberId: null,
      name: inventPerson().name,
      phone: '+49 30 5550 1234',
      subject: story.subject,
      summary: `${story.text}\n\n${story.answer}`,
      answeredOnCall: true,
    });
    return;
  }
  const arrival = await arrive(ctx, story.channel, story.subject, story.text);
  const { id, name } = arrival;
  if (story.note)
    await addNote(ctx, agent, id, story.note.replace('@theo', `@${crew.cards[0]?.handle ?? ''}`));
  if (story.answerAfter === null) return;
  clock.advance(story.answerAfter * minute);
  await sweepSla(ctx);
  const resolves = story.outcome === 'resolved' || story.outcome === 'reopened';
  const markdown = story.answer.replace('{name}', name);
  await replyToConversation(ctx, agent, id, {
    markdown,
    confirm: true,
    then: resolves ? 'resolved' : 'pending',
  });
  if (story.scope) await recordScopeChange(ctx, agent, id, story.scope);
  if (story.escalate)
    await escalateConversation(ctx, agent, id, {
      userId: crew.manager.userId,
      reason: story.escalate,
      private: false,
    });
  clock.advance(2 * hour);
  const token = await openRatingToken(ctx, id);
  if (token && story.rating)
    await rateConversation(ctx, token, { rating: story.rating, comment: story.comment ?? '' });
  if (story.outcome === 'reopened' && story.followUp) {
    clock.advance(hour);
    await writeAgain(ctx, arrival, story.followUp);
  }
}

/** The k-th weekday (Monday to Friday) from a moment on, at midnight in Berlin. */
function workingDay(from: number, k: number): DateTime {
  let date = DateTime.fromMillis(from, { zone: 'Europe/Berlin' }).startOf('day');
  for (let found = date.weekday <= 5 ? 0 : -1; found < k || date.weekday > 5;) {
    date = date.plus({ days: 1 });
    if (date.weekday <= 5) found += 1;
  }
  return date;
}

/**
 * The inbox's history: a fortnight of customer emails, shop orders and calls, answered in business
 * hours (a few late, one escalated, one reopened, some rated), then next week's rota with a hole.
 */
export async function seedDemoInbox(ctx: AppContext): Promise<void> {
  const crew = await crewOf(ctx);
  if (!crew) return;
  const start = ctx.clock.now().getTime() - 14 * day;
  const clock = fixedClock(new Date(start));
  const past: AppContext = { ...ctx, clock };
  const supportId = await configure(past, crew);
  for (const [n, story] of inboxStories.entries()) {
    // Each story starts on a working morning or afternoon, Berlin time.
    const opensAt = workingDay(start, Math.floor(n * 0.75)).set({ hour: n % 2 === 0 ? 8 : 14, minute: 20 });
    clock.set(opensAt.toJSDate());
    // The unanswered ones are recent: one long overdue, one that has just come in.
    if (story.outcome === 'open')
      clock.set(new Date(ctx.clock.now().getTime() - (n % 2 === 0 ? 4 * day : hour)));
    await playStory(past, clock, crew, story, n);
  }
  await sweepSla(ctx);
  await planRota(ctx, crew, supportId);
}

/**
 * Next week's rota for Support: mornings and afternoons split between the agents, except the
 * coming Friday afternoon, which nobody has taken yet (the coverage check warns the lead).
 */
async function planRota(ctx: AppContext, crew: Crew, supportId: string): Promise<void> {
  const today = DateTime.fromJSDate(ctx.clock.now(), { zone: 'Europe/Berlin' }).startOf('day');
  for (let offset = 0; offset < 7; offset += 1) {
    const date = today.plus({ days: offset });
    if (date.weekday > 5) continue;
    const halves: [number, number, Actor | undefined][] = [
      [8, 13, crew.agents[0]],
      [13, 18, date.weekday === 5 ? undefined : (crew.agents[1] ?? crew.agents[0])],
    ];
    for (const [from, to, agent] of halves)
      if (agent)
        await addShift(ctx, crew.manager, {
          teamId: supportId,
          userId: agent.userId,
          startsAt: date.set({ hour: from }).toUTC().toISO() ?? '',
          endsAt: date.set({ hour: to }).toUTC().toISO() ?? '',
        });
  }
}

/** The live inbox: now and then a customer writes, and a little later an agent answers. */
export class DemoInboxActivity {
  private tick = 0;
  private waiting: Arrival | null = null;

  constructor(private readonly ctx: AppContext) {}

  async step(): Promise<void> {
    const crew = await crewOf(this.ctx);
    if (!crew) return;
    const n = this.tick++;
    if (!this.waiting) {
      const arrival = liveArrivals[n % liveArrivals.length];
      if (arrival) this.waiting = await arrive(this.ctx, arrival.channel, arrival.subject, arrival.text);
      return;
    }
    const agent = crew.agents[n % crew.agents.length] ?? crew.manager;
    await replyToConversation(this.ctx, agent, this.waiting.id, {
      markdown: `Thanks ${this.waiting.name}, we are looking into it and will write again today.`,
      confirm: true,
      then: 'pending',
    });
    this.waiting = null;
  }
}
