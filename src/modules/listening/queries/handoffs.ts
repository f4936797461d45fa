import { and, eq, inArray } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { inboxHandoffs } from '../tables.ts';

/** Mentions each rule has sent to the inbox in this hour so far. */
export async function handoffsThisHour(
  db: Db,
  ruleIds: readonly string[],
  hourStart: Date,
): Promise<Map<string, number>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(inboxHandoffs)
    .where(and(inArray(inboxHandoffs.ruleId, [...ruleIds]), eq(inboxHandoffs.hourStart, hourStart)));
  return new Map(rows.map((row) => [row.ruleId, row.count]));
}

export async function addHandoffs(
  sqlClient: SqlClient,
  counts: ReadonlyMap<string, number>,
  hourStart: Date,
): Promise<void> {
  if (counts.size === 0) return;
  const ids = [...counts.keys()].sort();
  await sqlClient.query(
    `insert into listening_inbox_handoffs (rule_id, hour_start, count)
     select rule_id, $2::timestamptz, n from unnest($1::uuid[], $3::int[]) as u(rule_id, n)
     on conflict (rule_id, hour_start) do update set count = listening_inbox_handoffs.count + excluded.count`,
    [ids, hourStart.toISOString(), ids.map((id) => counts.get(id) ?? 0)],
  );
}
