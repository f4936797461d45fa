import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { memberActivities } from '../tables.ts';

export type ActivityRow = typeof memberActivities.$inferSelect;
export type NewActivity = ActivityRow;

/** Stores a batch; an activity already stated (same kind and ref) is kept as it was. */
export async function insertActivities(sqlClient: SqlClient, rows: readonly NewActivity[]): Promise<void> {
  if (rows.length === 0) return;
  await sqlClient.query(
    `insert into member_activities (id, member_id, kind, ref_id, title, excerpt, link, sentiment, facts, at)
     select id, member_id, kind, ref_id, title, excerpt, link, sentiment, facts, at
     from json_to_recordset($1::json) as r(id uuid, member_id uuid, kind text, ref_id text, title text,
       excerpt text, link text, sentiment real, facts jsonb, at timestamptz)
     on conflict (kind, ref_id) do nothing`,
    [
      JSON.stringify(
        rows.map((row) => ({
          id: row.id,
          member_id: row.memberId,
          kind: row.kind,
          ref_id: row.refId,
          title: row.title,
          excerpt: row.excerpt,
          link: row.link,
          sentiment: row.sentiment,
          facts: row.facts,
          at: row.at,
        })),
      ),
    ],
  );
}

function before(cursor: { at: Date; id: string } | null): SQL | undefined {
  if (!cursor) return undefined;
  return or(
    lt(memberActivities.at, cursor.at),
    and(eq(memberActivities.at, cursor.at), lt(memberActivities.id, cursor.id)),
  );
}

/** A page of what these members did, newest first (keyset on at, id). */
export async function activitiesOf(
  db: Db,
  memberIds: readonly string[],
  filter: { kinds?: readonly string[] },
  cursor: { at: Date; id: string } | null,
  limit: number,
): Promise<ActivityRow[]> {
  return db
    .select()
    .from(memberActivities)
    .where(
      and(
        inArray(memberActivities.memberId, [...memberIds]),
        filter.kinds && filter.kinds.length > 0
          ? inArray(memberActivities.kind, [...filter.kinds])
          : undefined,
        before(cursor),
      ),
    )
    .orderBy(desc(memberActivities.at), desc(memberActivities.id))
    .limit(limit);
}

export async function activityCounts(db: Db, memberIds: readonly string[]): Promise<Record<string, number>> {
  const rows = await db
    .select({ kind: memberActivities.kind, n: sql<number>`count(*)::int` })
    .from(memberActivities)
    .where(inArray(memberActivities.memberId, [...memberIds]))
    .groupBy(memberActivities.kind);
  return Object.fromEntries(rows.map((row) => [row.kind, row.n]));
}

/** Takes back what its module took back (an answer no longer accepted). */
export async function deleteActivity(sqlClient: SqlClient, kind: string, refId: string): Promise<void> {
  await sqlClient.query('delete from member_activities where kind = $1 and ref_id = $2', [kind, refId]);
}
