import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { crises, crisisEvents, crisisMembers, statements } from '../tables.ts';

export type CrisisRow = typeof crises.$inferSelect;
export type NewCrisis = typeof crises.$inferInsert;
export type CrisisEventRow = typeof crisisEvents.$inferSelect;
export type CrisisMemberRow = typeof crisisMembers.$inferSelect;
export type StatementRow = typeof statements.$inferSelect;
export type NewStatement = typeof statements.$inferInsert;

export async function insertCrisis(db: Db, crisis: NewCrisis): Promise<CrisisRow> {
  const [row] = await db.insert(crises).values(crisis).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findCrisis(db: Db, id: string, forUpdate = false): Promise<CrisisRow | undefined> {
  const query = db.select().from(crises).where(eq(crises.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function listCrises(db: Db, limit: number): Promise<CrisisRow[]> {
  return db
    .select()
    .from(crises)
    .orderBy(sql`${crises.status} = 'open' desc`, desc(crises.openedAt))
    .limit(limit);
}

/** Every change bumps the version, so a stale screen's change is refused. */
export async function updateCrisis(db: Db, id: string, patch: Partial<NewCrisis>): Promise<CrisisRow> {
  const [row] = await db
    .update(crises)
    .set({ ...patch, version: sql`${crises.version} + 1` })
    .where(eq(crises.id, id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

export async function addCrisisEvent(db: Db, event: typeof crisisEvents.$inferInsert): Promise<void> {
  await db.insert(crisisEvents).values(event);
}

export async function crisisTimeline(db: Db, crisisId: string): Promise<CrisisEventRow[]> {
  return db
    .select()
    .from(crisisEvents)
    .where(eq(crisisEvents.crisisId, crisisId))
    .orderBy(asc(crisisEvents.createdAt), asc(crisisEvents.id));
}

/** True when the person was not on deck yet. */
export async function addCrisisMember(db: Db, member: typeof crisisMembers.$inferInsert): Promise<boolean> {
  const rows = await db.insert(crisisMembers).values(member).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function crisisMembersOf(db: Db, crisisId: string): Promise<CrisisMemberRow[]> {
  return db
    .select()
    .from(crisisMembers)
    .where(eq(crisisMembers.crisisId, crisisId))
    .orderBy(asc(crisisMembers.addedAt));
}

export async function insertStatement(db: Db, statement: NewStatement): Promise<StatementRow> {
  const [row] = await db.insert(statements).values(statement).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findStatement(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<StatementRow | undefined> {
  const query = db.select().from(statements).where(eq(statements.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function statementsOf(db: Db, crisisId: string): Promise<StatementRow[]> {
  return db
    .select()
    .from(statements)
    .where(eq(statements.crisisId, crisisId))
    .orderBy(asc(statements.createdAt));
}

export async function updateStatement(
  db: Db,
  id: string,
  patch: Partial<NewStatement>,
): Promise<StatementRow> {
  const [row] = await db.update(statements).set(patch).where(eq(statements.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}
