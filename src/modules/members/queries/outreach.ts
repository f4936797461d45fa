import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import type { MemberRow } from './members.ts';
import { members } from '../tables.ts';

/**
 * Newcomers with an account whom nobody greeted, who arrived in the last `days` days: the ones
 * waiting longest first.
 */
export async function ungreetedNewcomers(db: Db, since: Date, limit: number): Promise<MemberRow[]> {
  return db
    .select()
    .from(members)
    .where(
      sql`${members.mergedInto} is null and ${members.greetedAt} is null and ${members.stage} = 'newcomer'
          and ${members.createdAt} >= ${since.toISOString()}::timestamptz
          and exists (select 1 from member_identities i where i.member_id = ${members.id} and i.kind = 'account')`,
    )
    .orderBy(members.createdAt, members.id)
    .limit(limit);
}

/** What each member did first: what a greeting can refer to ("welcome — about your question on…"). */
export async function firstActivities(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { title: string; link: string | null; at: Date }>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ member_id: string; title: string; link: string | null; at: string }>(
    db,
    sql`select distinct on (member_id) member_id, title, link, at from member_activities
        where member_id = any(${sql.param([...ids])}::uuid[]) order by member_id, at, id`,
  );
  return new Map(
    rows.map((row) => [row.member_id, { title: row.title, link: row.link, at: new Date(row.at) }]),
  );
}

/** Staff greeted them: they leave the welcome queue. False when someone greeted them first. */
export async function markGreeted(db: Db, memberId: string, byUserId: string, at: Date): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`update members set greeted_at = ${at.toISOString()}::timestamptz, greeted_by = ${byUserId}::uuid
        where id = ${memberId}::uuid and greeted_at is null returning id`,
  );
  return rows.length > 0;
}

/** Who helped most in the window: accepted answers, then replies, by member (as stored, before merges). */
export async function helpCounts(
  db: Db,
  since: Date,
  limit: number,
): Promise<{ memberId: string; accepted: number; replies: number; lastAt: Date }[]> {
  const rows = await selectRows<{ member_id: string; accepted: number; replies: number; last_at: string }>(
    db,
    sql`select member_id,
          count(*) filter (where kind = 'answer_accepted')::int as accepted,
          count(*) filter (where kind = 'reply')::int as replies,
          max(at) as last_at
        from member_activities
        where kind in ('answer_accepted', 'reply') and at >= ${since.toISOString()}::timestamptz
        group by member_id
        order by accepted desc, replies desc
        limit ${limit}`,
  );
  return rows.map((row) => ({
    memberId: row.member_id,
    accepted: row.accepted,
    replies: row.replies,
    lastAt: new Date(row.last_at),
  }));
}

/** When staff last reached out to each member (outreach messages not skipped). */
export async function lastOutreach(db: Db, ids: readonly string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ member_id: string; at: string }>(
    db,
    sql`select member_id, max(created_at) as at from member_messages
        where kind = 'outreach' and status <> 'skipped' and member_id = any(${sql.param([...ids])}::uuid[])
        group by member_id`,
  );
  return new Map(rows.map((row) => [row.member_id, new Date(row.at)]));
}
