import { sql } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import { happenedToThem, type Lifecycle, type LifecycleStats } from '../lifecycle.ts';

interface StatsRow {
  id: string;
  first_seen_at: string;
  last_active_at: string;
  last30: number;
  prev30: number;
  active_weeks: number;
  accepted90: number;
  negative30: number;
  low90: number;
  sla30: number;
}

/**
 * Lifecycle counts of these members (roots), over their whole merged tree: one pass over their
 * activities. `ids` null means the next `limit` members after `afterId` in id order.
 */
export async function lifecycleStats(
  db: Db,
  pick: { ids: readonly string[] } | { afterId: string | null; limit: number },
  now: Date,
): Promise<(LifecycleStats & { id: string })[]> {
  const at = now.toISOString();
  const passive = sql`${sql.param([...happenedToThem])}::text[]`;
  const roots =
    'ids' in pick
      ? sql`select id from members where merged_into is null and id = any(${sql.param([...pick.ids])}::uuid[])`
      : sql`select id from members where merged_into is null and id > ${pick.afterId ?? '00000000-0000-0000-0000-000000000000'}::uuid
            order by id limit ${pick.limit}`;
  const rows = await selectRows<StatsRow>(
    db,
    sql`with recursive picked as (${roots}),
        tree(id, root) as (
          select id, id from picked
          union all
          select m.id, tree.root from members m join tree on m.merged_into = tree.id
        ),
        people as (
          select tree.root as id, min(m.created_at) as first_seen_at, max(m.last_active_at) as last_active_at
          from tree join members m on m.id = tree.id group by tree.root
        ),
        counts as (
          select tree.root as id,
            min(a.at) filter (where a.kind <> all(${passive})) as first_at,
            max(a.at) filter (where a.kind <> all(${passive})) as last_at,
            count(*) filter (where a.at >= ${at}::timestamptz - interval '30 days'
                               and a.kind <> all(${passive}))::int as last30,
            count(*) filter (where a.at >= ${at}::timestamptz - interval '60 days'
                               and a.at < ${at}::timestamptz - interval '30 days' and a.kind <> all(${passive}))::int as prev30,
            count(distinct floor(extract(epoch from (${at}::timestamptz - a.at)) / 604800))
              filter (where a.at >= ${at}::timestamptz - interval '56 days' and a.at <= ${at}::timestamptz
                        and a.kind <> all(${passive}))::int as active_weeks,
            count(*) filter (where a.kind = 'answer_accepted' and a.at >= ${at}::timestamptz - interval '90 days')::int as accepted90,
            count(*) filter (where a.kind = 'mention' and a.sentiment <= -0.1
                               and a.at >= ${at}::timestamptz - interval '30 days')::int as negative30,
            count(*) filter (where a.kind = 'csat' and (a.facts->>'rating')::int <= 2
                               and a.at >= ${at}::timestamptz - interval '90 days')::int as low90,
            count(*) filter (where a.kind = 'sla_miss' and a.at >= ${at}::timestamptz - interval '30 days')::int as sla30
          from tree join member_activities a on a.member_id = tree.id
          group by tree.root
        )
        select p.id, least(p.first_seen_at, c.first_at) as first_seen_at,
          coalesce(c.last_at, p.last_active_at) as last_active_at,
          coalesce(c.last30, 0) as last30, coalesce(c.prev30, 0) as prev30,
          coalesce(c.active_weeks, 0) as active_weeks, coalesce(c.accepted90, 0) as accepted90,
          coalesce(c.negative30, 0) as negative30, coalesce(c.low90, 0) as low90,
          coalesce(c.sla30, 0) as sla30
        from people p left join counts c on c.id = p.id
        order by p.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    firstSeenAt: new Date(row.first_seen_at),
    lastActiveAt: new Date(row.last_active_at),
    last30: row.last30,
    prev30: row.prev30,
    activeWeeks: row.active_weeks,
    acceptedAnswers90: row.accepted90,
    negativeMentions30: row.negative30,
    lowRatings90: row.low90,
    slaMisses30: row.sla30,
  }));
}

/** Writes stages that changed (a changed stage also moves `stage_at`); returns how many changed. */
export async function saveStages(
  sqlClient: SqlClient,
  stages: readonly (Lifecycle & { id: string })[],
  now: Date,
): Promise<number> {
  if (stages.length === 0) return 0;
  const result = await sqlClient.query<{ id: string }>(
    `update members m set stage = r.stage, stage_reason = r.reason,
       stage_at = case when m.stage <> r.stage then $4::timestamptz else m.stage_at end
     from unnest($1::uuid[], $2::text[], $3::text[]) as r(id, stage, reason)
     where m.id = r.id and (m.stage <> r.stage or m.stage_reason <> r.reason)
     returning m.id`,
    [stages.map((s) => s.id), stages.map((s) => s.stage), stages.map((s) => s.reason), now.toISOString()],
  );
  return result.rows.length;
}
