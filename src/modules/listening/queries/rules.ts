import { asc, eq, isNull } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { rules } from '../tables.ts';

export type RuleRow = typeof rules.$inferSelect;
export type NewRule = typeof rules.$inferInsert;

export async function activeRules(db: Db): Promise<RuleRow[]> {
  return db.select().from(rules).where(isNull(rules.archivedAt)).orderBy(asc(rules.createdAt));
}

export async function allRules(db: Db): Promise<RuleRow[]> {
  return db.select().from(rules).orderBy(asc(rules.createdAt));
}

export async function findRule(db: Db, id: string, forUpdate = false): Promise<RuleRow | undefined> {
  const query = db.select().from(rules).where(eq(rules.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertRule(db: Db, rule: NewRule): Promise<RuleRow> {
  const [row] = await db.insert(rules).values(rule).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateRule(db: Db, id: string, patch: Partial<NewRule>): Promise<RuleRow> {
  const [row] = await db.update(rules).set(patch).where(eq(rules.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

/** Adds the matches of a batch to each rule's running count. */
export async function addMatchCounts(
  sqlClient: SqlClient,
  counts: ReadonlyMap<string, number>,
): Promise<void> {
  if (counts.size === 0) return;
  const ids = [...counts.keys()];
  // Rows are locked in id order first, so concurrent batches never deadlock on shared rules.
  await sqlClient.query('select 1 from listening_rules where id = any($1::uuid[]) order by id for update', [
    ids,
  ]);
  await sqlClient.query(
    `update listening_rules as r set match_count = r.match_count + d.n
     from unnest($1::uuid[], $2::int[]) as d(id, n) where r.id = d.id`,
    [ids, [...counts.values()]],
  );
}
