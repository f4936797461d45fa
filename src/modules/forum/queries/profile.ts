import { and, desc, eq, sql } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import { threads } from '../tables.ts';
import { threadColumns, type ThreadRow } from './threads.ts';

export async function recentThreadsBy(
  db: Db,
  authorId: string,
  spaceIds: string[],
  limit: number,
): Promise<ThreadRow[]> {
  if (spaceIds.length === 0) return [];
  return db
    .select(threadColumns)
    .from(threads)
    .where(
      and(
        eq(threads.authorId, authorId),
        eq(threads.visibility, 'public'),
        sql`${threads.spaceId} = any(${sql.param(spaceIds)}::uuid[])`,
      ),
    )
    .orderBy(desc(threads.createdAt))
    .limit(limit);
}

/** Public activity only: posts in readable public threads, and accepted answers written. */
export async function profileStats(
  db: Db,
  userId: string,
  spaceIds: string[],
): Promise<{ postCount: number; solutionCount: number }> {
  const rows = await selectRows<{ posts: number; solutions: number }>(
    db,
    sql`select
      (select count(*)::int from posts p join threads t on t.id = p.thread_id
        where p.author_id = ${userId} and p.kind = 'post' and t.visibility = 'public'
          and t.space_id = any(${sql.param(spaceIds)}::uuid[])) as posts,
      (select count(*)::int from threads t join posts p on p.id = t.accepted_post_id
        where p.author_id = ${userId} and t.visibility = 'public'
          and t.space_id = any(${sql.param(spaceIds)}::uuid[])) as solutions`,
  );
  return { postCount: rows[0]?.posts ?? 0, solutionCount: rows[0]?.solutions ?? 0 };
}
