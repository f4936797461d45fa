import { and, desc, eq, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import { memberIdentities, members } from '../tables.ts';

export type MemberRow = typeof members.$inferSelect;

export async function insertMembers(
  sqlClient: SqlClient,
  rows: readonly { id: string; name: string }[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await sqlClient.query(
    `insert into members (id, name, stage, stage_reason, stage_at, last_active_at, created_at, updated_at)
     select id, name, 'newcomer', 'newcomer: first seen today', $3::timestamptz, $3::timestamptz, $3::timestamptz,
       $3::timestamptz
     from unnest($1::uuid[], $2::text[]) as r(id, name)
     on conflict (id) do nothing`,
    [rows.map((row) => row.id), rows.map((row) => row.name), at.toISOString()],
  );
}

export async function findMember(db: Db, id: string, forUpdate = false): Promise<MemberRow | undefined> {
  const query = db.select().from(members).where(eq(members.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Each member's root: itself, or the member it was merged into (followed to the end). */
export async function rootsOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ id: string; root: string }>(
    db,
    sql`with recursive walk(id, at) as (
          select id, id from members where id = any(${sql.param([...new Set(ids)])}::uuid[])
          union all
          select walk.id, m.merged_into from walk join members m on m.id = walk.at where m.merged_into is not null
        )
        select w.id, w.at as root from walk w join members m on m.id = w.at where m.merged_into is null`,
  );
  return new Map(rows.map((row) => [row.id, row.root]));
}

/** The member and every member merged into it, at any depth: whose identities and activities it shows. */
export async function mergedTree(db: Db, rootId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`with recursive tree(id) as (
          select ${rootId}::uuid
          union all
          select m.id from members m join tree on m.merged_into = tree.id
        )
        select id from tree`,
  );
  return rows.map((row) => row.id);
}

/**
 * Moves each member's last activity on; a member just made (last active = made) takes the
 * activity's own time, which may be earlier (an imported mention from months ago).
 */
export async function touchMembers(sqlClient: SqlClient, latest: ReadonlyMap<string, Date>): Promise<void> {
  if (latest.size === 0) return;
  const ids = [...latest.keys()].sort();
  await sqlClient.query(
    `update members m set last_active_at = case when m.last_active_at = m.created_at then r.at else greatest(m.last_active_at, r.at) end
     from unnest($1::uuid[], $2::timestamptz[]) as r(id, at) where m.id = r.id`,
    [ids, ids.map((id) => (latest.get(id) as Date).toISOString())],
  );
}

/** Merges a member into another (or, with null, undoes that). */
export async function setMergedInto(db: Db, id: string, into: string | null, now: Date): Promise<void> {
  await db.update(members).set({ mergedInto: into, updatedAt: now }).where(eq(members.id, id));
}

function before(cursor: { at: Date; id: string } | null): SQL | undefined {
  if (!cursor) return undefined;
  return or(
    lt(members.lastActiveAt, cursor.at),
    and(eq(members.lastActiveAt, cursor.at), lt(members.id, cursor.id)),
  );
}

/** Members whose name or identities (their own or those of members merged into them) match. */
async function matchingIds(db: Db, pattern: string): Promise<string[]> {
  const rows = await selectRows<{ member_id: string }>(
    db,
    sql`select distinct member_id from ${memberIdentities} where value ilike ${pattern} limit 1000`,
  );
  return [
    ...new Set(
      (
        await rootsOf(
          db,
          rows.map((row) => row.member_id),
        )
      ).values(),
    ),
  ];
}

/** What a member list selects; every condition given must hold (a segment's and the request's). */
export interface MemberFilter {
  /** Only these members, when given. */
  ids?: readonly string[] | undefined;
  searches: readonly string[];
  stages: readonly string[];
  tags: readonly string[];
  countries: readonly string[];
  /** Words in any of their timeline entries (theirs or a merged member's). */
  saids: readonly string[];
}

function saidCondition(said: string): SQL {
  const pattern = `%${said.replace(/[\\%_]/g, '\\$&')}%`;
  return sql`exists (select 1 from member_activities a
    where (a.member_id = ${members.id} or a.member_id in (select c.id from members c where c.merged_into = ${members.id}))
      and (a.title ilike ${pattern} or a.excerpt ilike ${pattern}))`;
}

/** A search matches a name, or an identity of the member or of someone merged into them. */
async function searchCondition(db: Db, q: string): Promise<SQL | undefined> {
  const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  const byIdentity = await matchingIds(db, pattern);
  return or(ilike(members.name, pattern), sql`${members.id} = any(${sql.param(byIdentity)}::uuid[])`);
}

/** Members (not those merged into another) that the filter selects, most recently active first. */
export async function listMembers(
  db: Db,
  filter: MemberFilter,
  cursor: { at: Date; id: string } | null,
  limit: number,
): Promise<MemberRow[]> {
  const searches = await Promise.all(filter.searches.map((q) => searchCondition(db, q)));
  return db
    .select()
    .from(members)
    .where(
      and(
        isNull(members.mergedInto),
        filter.ids ? sql`${members.id} = any(${sql.param([...filter.ids])}::uuid[])` : undefined,
        ...filter.stages.map((stage) => eq(members.stage, stage)),
        filter.tags.length > 0 ? sql`${members.tags} @> ${sql.param([...filter.tags])}::text[]` : undefined,
        ...filter.countries.map((country) => eq(members.country, country)),
        ...filter.saids.map(saidCondition),
        ...searches,
        before(cursor),
      ),
    )
    .orderBy(desc(members.lastActiveAt), desc(members.id))
    .limit(limit);
}

export async function membersByIds(db: Db, ids: readonly string[]): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(members)
    .where(sql`${members.id} = any(${sql.param([...ids])}::uuid[])`);
}

export async function setTags(db: Db, id: string, tags: readonly string[], now: Date): Promise<void> {
  await db
    .update(members)
    .set({ tags: [...tags], updatedAt: now })
    .where(eq(members.id, id));
}
