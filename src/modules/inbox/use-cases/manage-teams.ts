import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { userCards, userCardsByRoles } from '../../accounts/index.ts';
import { channelKinds } from '../channels/channel.ts';
import type { teamPatchSchema, teamSchema } from '../admin-schemas.ts';
import { fail } from '../errors.ts';
import { inboxPolicy, inboxRoles } from '../policy.ts';
import { openLoad } from '../queries/conversations.ts';
import {
  findTeam,
  insertTeam,
  listTeams,
  membersOf,
  replaceMembers,
  unavailableAgents,
  updateTeam,
  type TeamRow,
} from '../queries/teams.ts';

export interface TeamDto {
  id: string;
  name: string;
  lead: { id: string; name: string } | null;
  calendar: TeamRow['calendar'];
  assignment: string;
  members: { userId: string; name: string; handle: string; capacity: number; openLoad: number }[];
}

async function checkPeople(tx: Tx, ids: string[]): Promise<void> {
  const cards = await userCards(tx.db, ids);
  for (const id of ids) {
    const card = cards.get(id);
    if (!card || card.status !== 'active' || !(inboxRoles as readonly string[]).includes(card.role))
      throw fail.TEAM_MEMBER_NOT_AGENT({
        fields: [{ path: 'members', message: `${card?.name ?? id} cannot work the inbox.` }],
      });
  }
}

export async function teamDtos(tx: Pick<Tx, 'db'>, teams: TeamRow[]): Promise<TeamDto[]> {
  const members = await membersOf(
    tx.db,
    teams.map((team) => team.id),
  );
  const ids = [
    ...new Set([...members.map((m) => m.userId), ...teams.flatMap((t) => (t.leadId ? [t.leadId] : []))]),
  ];
  const cards = await userCards(tx.db, ids);
  const load = await openLoad(tx.db, ids);
  return teams.map((team) => {
    const lead = team.leadId ? cards.get(team.leadId) : undefined;
    return {
      id: team.id,
      name: team.name,
      lead: lead ? { id: lead.id, name: lead.name } : null,
      calendar: team.calendar,
      assignment: team.assignment,
      members: members
        .filter((member) => member.teamId === team.id)
        .map((member) => ({
          userId: member.userId,
          name: cards.get(member.userId)?.name ?? '',
          handle: cards.get(member.userId)?.handle ?? '',
          capacity: member.capacity,
          openLoad: load.get(member.userId) ?? 0,
        })),
    };
  });
}

export async function listInboxTeams(ctx: AppContext, actor: Actor | null): Promise<TeamDto[]> {
  inboxPolicy.authorize(actor, 'work');
  return teamDtos(ctx.database, await listTeams(ctx.database.db));
}

export async function createTeam(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof teamSchema>,
): Promise<TeamDto> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    await checkPeople(tx, [...input.members.map((m) => m.userId), ...(input.leadId ? [input.leadId] : [])]);
    const now = ctx.clock.now();
    const team = await insertTeam(tx.db, {
      id: newId(),
      name: input.name,
      leadId: input.leadId,
      calendar: input.calendar,
      assignment: input.assignment,
      createdAt: now,
    });
    await replaceMembers(tx.db, team.id, input.members, now);
    const [dto] = await teamDtos(tx, [team]);
    if (!dto) throw fail.TEAM_NOT_FOUND();
    return dto;
  });
}

/** Archiving keeps history; rules that still name the team are skipped, with a line in their trace. */
export async function updateInboxTeam(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof teamPatchSchema>,
): Promise<TeamDto> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    const team = await findTeam(tx.db, id, true);
    if (!team) throw fail.TEAM_NOT_FOUND();
    await checkPeople(tx, [
      ...(input.members ?? []).map((m) => m.userId),
      ...(input.leadId ? [input.leadId] : []),
    ]);
    const now = ctx.clock.now();
    const { members, archived, ...fields } = input;
    const updated = await updateTeam(tx.db, id, {
      ...fields,
      ...(archived === undefined ? {} : { archivedAt: archived ? now : null }),
    });
    if (members) await replaceMembers(tx.db, id, members, now);
    const [dto] = await teamDtos(tx, [updated]);
    if (!dto) throw fail.TEAM_NOT_FOUND();
    return dto;
  });
}

/** Everyone who can work the inbox, for pickers (teams, rules, assignment, escalation, @mentions). */
export async function listAgents(
  ctx: AppContext,
  actor: Actor | null,
): Promise<{ id: string; name: string; handle: string; role: string; available: boolean }[]> {
  inboxPolicy.authorize(actor, 'work');
  const db = ctx.database.db;
  const cards = await userCardsByRoles(db, [...inboxRoles]);
  const away = await unavailableAgents(
    db,
    cards.map((card) => card.id),
  );
  return cards
    .map((card) => ({
      id: card.id,
      name: card.name,
      handle: card.handle,
      role: card.role,
      available: !away.has(card.id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function listChannelKinds(actor: Actor | null): ReturnType<typeof channelKinds> {
  inboxPolicy.authorize(actor, 'work');
  return channelKinds();
}
