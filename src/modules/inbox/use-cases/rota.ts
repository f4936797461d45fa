import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Db } from '../../../db/index.ts';
import { userCards, userCardsByRoles } from '../../accounts/index.ts';
import { notify } from '../../notifications/index.ts';
import { coverageGaps, type Span } from '../../sla/index.ts';
import type { coverageQuery, shiftSchema, shiftsQuery } from '../admin-schemas.ts';
import { fail } from '../errors.ts';
import { inboxPolicy } from '../policy.ts';
import { readInboxSettings } from '../queries/settings.ts';
import {
  claimCoverageAlerts,
  deleteShift,
  findShift,
  findTeam,
  insertShift,
  listTeams,
  membersOf,
  shiftsBetween,
  type ShiftRow,
  type TeamRow,
} from '../queries/teams.ts';

export interface ShiftDto {
  id: string;
  teamId: string;
  user: { id: string; name: string; handle: string };
  startsAt: string;
  endsAt: string;
}
export interface CoverageGapDto {
  teamId: string;
  teamName: string;
  startsAt: string;
  endsAt: string;
}

const dayMs = 24 * 60 * 60_000;
const week = 7 * dayMs;
/** Coverage alerts look this far ahead: time enough to find someone. */
const alertDays = 7;
// A hole shorter than this is a handover, not a gap worth waking a lead for.
const minimumGapMs = 15 * 60_000;

async function shiftDtos(db: Db, rows: ShiftRow[]): Promise<ShiftDto[]> {
  const cards = await userCards(db, [...new Set(rows.map((row) => row.userId))]);
  return rows.map((row) => ({
    id: row.id,
    teamId: row.teamId,
    user: {
      id: row.userId,
      name: cards.get(row.userId)?.name ?? '',
      handle: cards.get(row.userId)?.handle ?? '',
    },
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
  }));
}

/** Everyone who works the inbox may read the rota: it says when they are on. */
export async function listShifts(
  ctx: AppContext,
  actor: Actor | null,
  query: z.infer<typeof shiftsQuery>,
): Promise<ShiftDto[]> {
  inboxPolicy.authorize(actor, 'work');
  const db = ctx.database.db;
  return shiftDtos(db, await shiftsBetween(db, new Date(query.from), new Date(query.to), query.teamId));
}

export async function addShift(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof shiftSchema>,
): Promise<ShiftDto> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    const team = await findTeam(tx.db, input.teamId);
    if (!team || team.archivedAt) throw fail.TEAM_NOT_FOUND();
    const members = await membersOf(tx.db, [team.id]);
    if (!members.some((member) => member.userId === input.userId)) throw fail.SHIFT_NOT_TEAM_MEMBER();
    const row = await insertShift(tx.db, {
      id: newId(),
      teamId: team.id,
      userId: input.userId,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
    });
    const [dto] = await shiftDtos(tx.db, [row]);
    if (!dto) throw fail.SHIFT_NOT_FOUND();
    return dto;
  });
}

export async function removeShift(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  inboxPolicy.authorize(actor, 'configure');
  await ctx.database.transaction(async (tx) => {
    if (!(await findShift(tx.db, id))) throw fail.SHIFT_NOT_FOUND();
    await deleteShift(tx.db, id);
  });
}

/**
 * Opening hours in the coming days with nobody on shift, per team that keeps a rota (a team
 * without shifts is staffed by whoever is available, as assignment treats it).
 */
async function gapsAhead(db: Db, now: Date, days: number, teamId?: string): Promise<CoverageGapDto[]> {
  const settings = await readInboxSettings(db);
  const teams = (await listTeams(db)).filter((team) => !teamId || team.id === teamId);
  const from = now.getTime();
  const to = from + days * dayMs;
  const gaps: CoverageGapDto[] = [];
  for (const team of teams) {
    const shifts = await shiftsBetween(db, new Date(from - week), new Date(to), team.id);
    if (shifts.length === 0) continue;
    const rota = shifts.map((s) => ({
      userId: s.userId,
      start: s.startsAt.getTime(),
      end: s.endsAt.getTime(),
    }));
    for (const gap of teamGaps(team, settings.calendar, rota, from, to))
      gaps.push({
        teamId: team.id,
        teamName: team.name,
        startsAt: new Date(gap.start).toISOString(),
        endsAt: new Date(gap.end).toISOString(),
      });
  }
  return gaps.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

function teamGaps(
  team: TeamRow,
  fallback: TeamRow['calendar'],
  rota: { userId: string; start: number; end: number }[],
  from: number,
  to: number,
): Span[] {
  const calendar = team.calendar ?? fallback ?? null;
  return coverageGaps(calendar, rota, from, to).filter((gap) => gap.end - gap.start >= minimumGapMs);
}

export async function coverage(
  ctx: AppContext,
  actor: Actor | null,
  query: z.infer<typeof coverageQuery>,
): Promise<CoverageGapDto[]> {
  inboxPolicy.authorize(actor, 'work');
  const now = ctx.clock.now();
  const from = query.from && Date.parse(query.from) > now.getTime() ? new Date(query.from) : now;
  return gapsAhead(ctx.database.db, from, query.days, query.teamId);
}

function describeGap(gap: CoverageGapDto, timezone: string): string {
  const start = DateTime.fromISO(gap.startsAt).setZone(timezone);
  const end = DateTime.fromISO(gap.endsAt).setZone(timezone);
  const sameDay = start.hasSame(end, 'day');
  return `Nobody on duty for ${gap.teamName}: ${start.toFormat('ccc d LLL HH:mm')}–${end.toFormat(sameDay ? 'HH:mm' : 'ccc d LLL HH:mm')}`;
}

/**
 * Warns the team lead (or, without one, the managers) of each rota hole in the next week, once
 * per hole. Returns how many holes were announced.
 */
export async function alertCoverageGaps(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (tx) => {
    const gaps = await gapsAhead(tx.db, now, alertDays);
    const fresh = new Set(
      await claimCoverageAlerts(
        tx.db,
        gaps.map((gap) => ({
          key: `${gap.teamId}:${gap.startsAt}:${gap.endsAt}`,
          teamId: gap.teamId,
          startsAt: new Date(gap.startsAt),
          endsAt: new Date(gap.endsAt),
          createdAt: now,
        })),
      ),
    );
    const announced = gaps.filter((gap) => fresh.has(`${gap.teamId}:${gap.startsAt}:${gap.endsAt}`));
    if (announced.length === 0) return 0;
    const settings = await readInboxSettings(tx.db);
    const managers = (await userCardsByRoles(tx.db, ['manager'])).map((card) => card.id);
    const teams = new Map((await listTeams(tx.db)).map((team) => [team.id, team]));
    for (const gap of announced) {
      const team = teams.get(gap.teamId);
      const timezone = team?.calendar?.timezone ?? settings.calendar?.timezone ?? 'UTC';
      const recipients = team?.leadId ? [team.leadId] : managers;
      await notify(
        tx,
        ctx,
        recipients.map((userId) => ({
          userId,
          kind: 'sla_alert' as const,
          actorId: null,
          threadId: null,
          postId: null,
          link: '/inbox/settings/rota',
          title: describeGap(gap, timezone),
        })),
      );
    }
    return announced.length;
  });
}
