import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { alerts } from '../tables.ts';

export type AlertRow = typeof alerts.$inferSelect;
export type NewAlert = typeof alerts.$inferInsert;

/** Inserts the alert unless this series already alerted for this bucket; returns it when new. */
export async function insertAlert(db: Db, alert: NewAlert): Promise<AlertRow | undefined> {
  const [row] = await db.insert(alerts).values(alert).onConflictDoNothing().returning();
  return row;
}

export async function findAlert(db: Db, id: string, forUpdate = false): Promise<AlertRow | undefined> {
  const query = db.select().from(alerts).where(eq(alerts.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function listAlerts(
  db: Db,
  filter: { status?: string; before?: Date; limit: number },
): Promise<AlertRow[]> {
  const conditions = [
    filter.status ? eq(alerts.status, filter.status) : undefined,
    filter.before ? lt(alerts.createdAt, filter.before) : undefined,
  ];
  return db
    .select()
    .from(alerts)
    .where(and(...conditions))
    .orderBy(desc(alerts.createdAt))
    .limit(filter.limit);
}

export async function updateAlert(db: Db, id: string, patch: Partial<NewAlert>): Promise<AlertRow> {
  const [row] = await db.update(alerts).set(patch).where(eq(alerts.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

export async function openAlertCount(db: Db, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(alerts)
    .where(and(eq(alerts.status, 'open'), gte(alerts.createdAt, since)));
  return row?.count ?? 0;
}
