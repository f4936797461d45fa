import type { Db } from '../../db/index.ts';
import { userCards } from '../accounts/index.ts';
import { onDuty } from '../sla/index.ts';
import { pickBalanced, pickRoundRobin, type Candidate } from './assignment.ts';
import { openLoadUpTo } from './queries/conversations.ts';
import { membersOf, shiftsBetween, unavailableAgents, updateTeam, type TeamRow } from './queries/teams.ts';
import { inboxRoles } from './policy.ts';

const week = 7 * 24 * 60 * 60_000;

/** Whether a team keeps a rota (any shift within a week either side), and who is on shift now. */
export async function rotaNow(
  db: Db,
  teamId: string,
  now: Date,
): Promise<{ kept: boolean; onShift: Set<string> }> {
  const at = now.getTime();
  const shifts = await shiftsBetween(db, new Date(at - week), new Date(at + week), teamId);
  const rota = shifts.map((shift) => ({
    userId: shift.userId,
    start: shift.startsAt.getTime(),
    end: shift.endsAt.getTime(),
  }));
  return { kept: rota.length > 0, onShift: new Set(onDuty(rota, at)) };
}

/**
 * The team's agents as assignment sees them. A team that keeps a rota (any shift within a week
 * either side) counts only the people on shift now; people who set themselves away never count.
 */
export async function candidatesOf(db: Db, team: TeamRow, now: Date): Promise<Candidate[]> {
  const members = await membersOf(db, [team.id]);
  const ids = members.map((member) => member.userId);
  const cards = await userCards(db, ids);
  const working = members.filter((member) => {
    const card = cards.get(member.userId);
    return card !== undefined && (inboxRoles as readonly string[]).includes(card.role);
  });
  const rota = await rotaNow(db, team.id, now);
  const away = await unavailableAgents(db, ids);
  const load = await openLoadUpTo(db, working);
  return working.map((member) => ({
    userId: member.userId,
    capacity: member.capacity,
    openLoad: load.get(member.userId) ?? 0,
    eligible: !away.has(member.userId) && (!rota.kept || rota.onShift.has(member.userId)),
  }));
}

/** Whom the team's assignment mode hands a new conversation to; null leaves it unassigned. */
export async function pickAgent(db: Db, team: TeamRow, now: Date): Promise<string | null> {
  if (team.assignment === 'manual') return null;
  const candidates = await candidatesOf(db, team, now);
  if (team.assignment === 'balanced') return pickBalanced(candidates);
  const pick = pickRoundRobin(candidates, team.roundRobinCursor);
  if (pick) await updateTeam(db, team.id, { roundRobinCursor: pick.cursor });
  return pick?.userId ?? null;
}
