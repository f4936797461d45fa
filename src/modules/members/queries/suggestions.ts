import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import type { Candidate } from '../merge-suggestions.ts';

/** Members (roots) whose names look like this one (trigram similarity), most alike first. */
export async function namesakes(db: Db, name: string, exceptId: string, limit: number): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select id from members
        where merged_into is null and id <> ${exceptId}::uuid and name % ${name}
        order by similarity(name, ${name}) desc, id
        limit ${limit}`,
  );
  return rows.map((row) => row.id);
}

/** Each root with its name and the identities of its whole merged tree. */
export async function candidatesOf(db: Db, rootIds: readonly string[]): Promise<Candidate[]> {
  if (rootIds.length === 0) return [];
  const rows = await selectRows<{
    root: string;
    name: string;
    kind: string | null;
    platform: string;
    value: string;
  }>(
    db,
    sql`with recursive tree(id, root) as (
          select id, id from members where id = any(${sql.param([...rootIds])}::uuid[])
          union all
          select m.id, tree.root from members m join tree on m.merged_into = tree.id
        )
        select tree.root, r.name, i.kind, coalesce(i.platform, '') as platform, coalesce(i.value, '') as value
        from tree join members r on r.id = tree.root
        left join member_identities i on i.member_id = tree.id`,
  );
  const byRoot = new Map<string, Candidate & { identities: Candidate['identities'][number][] }>();
  for (const row of rows) {
    const candidate = byRoot.get(row.root) ?? { id: row.root, name: row.name, identities: [] };
    if (row.kind)
      candidate.identities.push({ kind: row.kind as never, platform: row.platform, value: row.value });
    byRoot.set(row.root, candidate);
  }
  return rootIds.flatMap((id) => byRoot.get(id) ?? []);
}
