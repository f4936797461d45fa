import type { Db } from '../../db/index.ts';
import { slaPlan, type BusinessCalendar, type ClockEvent, type SlaPlan } from '../sla/index.ts';
import type { ConversationRow } from './queries/conversations.ts';
import { messagesOf, statusChangesOf } from './queries/messages.ts';
import { findSlaPolicy, type SlaPolicyRow } from './queries/rules.ts';
import { readInboxSettings } from './queries/settings.ts';
import { findTeam } from './queries/teams.ts';

const statuses = new Set(['open', 'pending', 'snoozed', 'resolved']);

/** The conversation's history as the SLA clock reads it. */
export async function clockEventsOf(db: Db, conversation: ConversationRow): Promise<ClockEvent[]> {
  const events: ClockEvent[] = [{ type: 'created', at: conversation.createdAt.getTime() }];
  for (const message of await messagesOf(db, conversation.id)) {
    const at = message.createdAt.getTime();
    if (message.direction === 'in' && !message.automated) events.push({ type: 'member_message', at });
    if (message.direction === 'out') events.push({ type: 'agent_reply', at, automated: message.automated });
  }
  for (const change of await statusChangesOf(db, conversation.id)) {
    const status = String(change.data.to);
    if (statuses.has(status))
      events.push({
        type: 'status',
        at: change.createdAt.getTime(),
        status: status as 'open' | 'pending' | 'snoozed' | 'resolved',
      });
  }
  return events;
}

/** Business hours count from the team's calendar, else the organisation's; none means around the clock. */
export async function calendarFor(
  db: Db,
  policy: SlaPolicyRow,
  teamId: string | null,
): Promise<BusinessCalendar | null> {
  if (!policy.businessHours) return null;
  const team = teamId ? await findTeam(db, teamId) : undefined;
  return team?.calendar ?? (await readInboxSettings(db)).calendar ?? null;
}

export interface SlaState {
  policy: SlaPolicyRow | null;
  plan: SlaPlan | null;
  /** Columns to store on the conversation. */
  patch: { nextDueAt: Date | null; breached: boolean; checkAt: Date | null };
}

/**
 * Works out the clocks at `now` and what to store. The sweep, having acted on every moment up to
 * now, looks only ahead; anyone else keeps past moments in view, since the sweep may not have seen them.
 */
export async function slaStateOf(
  db: Db,
  conversation: ConversationRow,
  now: Date,
  after: 'now' | 'any' = 'any',
): Promise<SlaState> {
  const snoozeEnd = conversation.status === 'snoozed' ? conversation.snoozedUntil : null;
  const policy = conversation.slaPolicyId
    ? ((await findSlaPolicy(db, conversation.slaPolicyId)) ?? null)
    : null;
  if (!policy)
    return {
      policy,
      plan: null,
      patch: { nextDueAt: null, breached: conversation.breached, checkAt: snoozeEnd },
    };
  const calendar = await calendarFor(db, policy, conversation.teamId);
  const running = conversation.status === 'open' || conversation.status === 'snoozed';
  const plan = slaPlan(await clockEventsOf(db, conversation), policy, calendar, now.getTime(), running);
  const next = plan.moments.find((moment) => after === 'any' || moment.at > now.getTime())?.at ?? null;
  const candidates = [next, snoozeEnd?.getTime() ?? null].filter((at): at is number => at !== null);
  return {
    policy,
    plan,
    patch: {
      nextDueAt: plan.nextDueAt === null ? null : new Date(plan.nextDueAt),
      breached: plan.breached,
      checkAt: candidates.length > 0 ? new Date(Math.min(...candidates)) : null,
    },
  };
}
