import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { agentStates, coverageAlerts, shifts, teamMembers, teams } from '../tables.ts';

export type TeamRow = typeof teams.$inferSelect;
export type NewTeam = typeof teams.$inferInsert;
export type TeamMemberRow = typeof teamMembers.$inferSelect;
export type ShiftRow = typeof shifts.$inferSelect;

export async function insertTeam(db: Db, row: NewTeam): Promise<TeamRow> {
  return onlyRow(await db.insert(teams).values(row).returning());
}

export async function updateTeam(db: Db, id: string, patch: Partial<NewTeam>): Promise<TeamRow> {
  return onlyRow(await db.update(teams).set(patch).where(eq(teams.id, id)).returning());
}

export async function findTeam(db: Db, id: string, lock = false): Promise<TeamRow | undefined> {
  const query = db.select().from(teams).where(eq(teams.id, id));
  return (lock ? await query.for('update') : await query)[0];
}

export async function listTeams(db: Db): Promise<TeamRow[]> {
  return db.select().from(teams).where(isNull(teams.archivedAt)).orderBy(asc(teams.name));
}

export async function existingTeamIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(inArray(teams.id, [...ids]), isNull(teams.archivedAt)));
  return new Set(rows.map((row) => row.id));
}

export async function membersOf(db: Db, teamIds: readonly string[]): Promise<TeamMemberRow[]> {
  if (teamIds.length === 0) return [];
  return db
    .select()
    .from(teamMembers)
    .where(inArray(teamMembers.teamId, [...teamIds]))
    .orderBy(asc(teamMembers.createdAt), asc(teamMembers.userId));
}

export async function teamsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.userId, userId));
  return rows.map((row) => row.id);
}

export async function replaceMembers(
  db: Db,
  teamId: string,
  members: { userId: string; capacity: number }[],
  now: Date,
): Promise<void> {
  const kept = await membersOf(db, [teamId]);
  const since = new Map(kept.map((member) => [member.userId, member.createdAt]));
  await db.delete(teamMembers).where(eq(teamMembers.teamId, teamId));
  if (members.length === 0) return;
  await db
    .insert(teamMembers)
    .values(members.map((member) => ({ teamId, ...member, createdAt: since.get(member.userId) ?? now })));
}

export async function unavailableAgents(db: Db, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ id: agentStates.userId })
    .from(agentStates)
    .where(and(inArray(agentStates.userId, [...userIds]), eq(agentStates.available, false)));
  return new Set(rows.map((row) => row.id));
}

export async function setAvailability(db: Db, userId: string, available: boolean, now: Date): Promise<void> {
  await db
    .insert(agentStates)
    .values({ userId, available, updatedAt: now })
    .onConflictDoUpdate({ target: agentStates.userId, set: { available, updatedAt: now } });
}

export async function isAvailable(db: Db, userId: string): Promise<boolean> {
  const rows = await db.select().from(agentStates).where(eq(agentStates.userId, userId));
  return rows[0]?.available ?? true;
}

/** Shifts that overlap [from, to). */
export async function shiftsBetween(db: Db, from: Date, to: Date, teamId?: string): Promise<ShiftRow[]> {
  return db
    .select()
    .from(shifts)
    .where(
      and(
        sql`${shifts.startsAt} < ${to} and ${shifts.endsAt} > ${from}`,
        teamId ? eq(shifts.teamId, teamId) : undefined,
      ),
    )
    .orderBy(asc(shifts.startsAt));
}

export async function deleteShift(db: Db, id: string): Promise<boolean> {
  return (await db.delete(shifts).where(eq(shifts.id, id)).returning({ id: shifts.id })).length > 0;
}

export async function findShift(db: Db, id: string): Promise<ShiftRow | undefined> {
  return (await db.select().from(shifts).where(eq(shifts.id, id)))[0];
}

export async function insertShift(db: Db, row: typeof shifts.$inferInsert): Promise<ShiftRow> {
  return onlyRow(await db.insert(shifts).values(row).returning());
}

/** Records the gaps not announced before and returns only those. */
export async function claimCoverageAlerts(
  db: Db,
  rows: (typeof coverageAlerts.$inferInsert)[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const claimed = await db
    .insert(coverageAlerts)
    .values(rows)
    .onConflictDoNothing()
    .returning({ key: coverageAlerts.key });
  return claimed.map((row) => row.key);
}

/** Archived teams too: history and reports still name them. */
export async function everyTeam(db: Db): Promise<TeamRow[]> {
  return db.select().from(teams).orderBy(asc(teams.name));
}
