import { asc, eq, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { routingRules, slaPolicies } from '../tables.ts';

export type RuleRow = typeof routingRules.$inferSelect;
export type NewRule = typeof routingRules.$inferInsert;
export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type NewSlaPolicy = typeof slaPolicies.$inferInsert;

export async function listRules(db: Db): Promise<RuleRow[]> {
  return db.select().from(routingRules).orderBy(asc(routingRules.position), asc(routingRules.createdAt));
}

export async function findRule(db: Db, id: string): Promise<RuleRow | undefined> {
  return (await db.select().from(routingRules).where(eq(routingRules.id, id)))[0];
}

export async function insertRule(db: Db, row: Omit<NewRule, 'position'>): Promise<RuleRow> {
  const position = sql<number>`coalesce((select max(position) from ${routingRules}), 0) + 1`;
  return onlyRow(
    await db
      .insert(routingRules)
      .values({ ...row, position })
      .returning(),
  );
}

export async function updateRule(db: Db, id: string, patch: Partial<NewRule>): Promise<RuleRow | undefined> {
  return (await db.update(routingRules).set(patch).where(eq(routingRules.id, id)).returning())[0];
}

export async function deleteRule(db: Db, id: string): Promise<boolean> {
  return (await db.delete(routingRules).where(eq(routingRules.id, id)).returning()).length > 0;
}

export async function listSlaPolicies(db: Db): Promise<SlaPolicyRow[]> {
  return db.select().from(slaPolicies).orderBy(asc(slaPolicies.position), asc(slaPolicies.createdAt));
}

export async function findSlaPolicy(db: Db, id: string): Promise<SlaPolicyRow | undefined> {
  return (await db.select().from(slaPolicies).where(eq(slaPolicies.id, id)))[0];
}

export async function insertSlaPolicy(db: Db, row: Omit<NewSlaPolicy, 'position'>): Promise<SlaPolicyRow> {
  const position = sql<number>`coalesce((select max(position) from ${slaPolicies}), 0) + 1`;
  return onlyRow(
    await db
      .insert(slaPolicies)
      .values({ ...row, position })
      .returning(),
  );
}

export async function updateSlaPolicy(
  db: Db,
  id: string,
  patch: Partial<NewSlaPolicy>,
): Promise<SlaPolicyRow | undefined> {
  return (await db.update(slaPolicies).set(patch).where(eq(slaPolicies.id, id)).returning())[0];
}

export async function deleteSlaPolicy(db: Db, id: string): Promise<boolean> {
  return (await db.delete(slaPolicies).where(eq(slaPolicies.id, id)).returning()).length > 0;
}
