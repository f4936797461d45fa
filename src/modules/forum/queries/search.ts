import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';

/** Which threads a searcher may find: readable spaces, and private threads only where they may read them. */
export interface SearchScope {
  spaceIds: string[];
  privateVisibleTo: 'all' | { userId: string } | 'none';
}

export interface SearchFilter extends SearchScope {
  query: string;
  authorId?: string | undefined;
  solved?: boolean | undefined;
  limit: number;
}

export interface SearchRow {
  threadId: string;
  number: number;
  rank: number;
  headline: string;
}

/** ts_headline marks matches with these control characters; the caller escapes and swaps in <mark>. */
export const markStart = '\u0002';
export const markEnd = '\u0003';

function visibleThreads(scope: SearchScope): SQL {
  const spaces = sql`t.space_id = any(${sql.param(scope.spaceIds)}::uuid[])`;
  if (scope.privateVisibleTo === 'all') return sql`${spaces} and t.visibility <> 'direct'`;
  if (scope.privateVisibleTo === 'none') return sql`${spaces} and t.visibility = 'public'`;
  return sql`${spaces} and (t.visibility = 'public' or (t.visibility = 'private' and t.author_id = ${scope.privateVisibleTo.userId}))`;
}

/**
 * Ranked full-text search over titles, opening posts and replies: a thread's best match wins, a
 * title match counts double. Web-search syntax: "quoted phrases", -excluded, or.
 */
export async function searchPosts(db: Db, filter: SearchFilter): Promise<SearchRow[]> {
  const threadFilter = sql`${visibleThreads(filter)}
    ${filter.authorId ? sql`and t.author_id = ${filter.authorId}` : sql``}
    ${filter.solved === true ? sql`and t.accepted_post_id is not null` : sql``}
    ${filter.solved === false ? sql`and t.accepted_post_id is null` : sql``}`;
  const headlineOptions = `StartSel=${markStart},StopSel=${markEnd},MaxWords=35,MinWords=12,MaxFragments=2,FragmentDelimiter= … `;
  return selectRows<SearchRow>(
    db,
    sql`
    with q as (select websearch_to_tsquery('english', ${filter.query}) as query),
    hits as (
      select t.id as thread_id, 1 as number, 2 * ts_rank_cd(t.search, q.query, 1) as rank
        from threads t, q where t.search @@ q.query and ${threadFilter}
      union all
      select p.thread_id, p.number, ts_rank_cd(p.search, q.query, 1) as rank
        from posts p join threads t on t.id = p.thread_id, q
        where p.search @@ q.query and p.number > 1 and p.kind = 'post' and p.hidden_at is null and ${threadFilter}
    ),
    best as (
      select distinct on (thread_id) thread_id, number, rank from hits order by thread_id, rank desc
    ),
    top as (select * from best order by rank desc, thread_id limit ${filter.limit})
    select top.thread_id as "threadId", top.number, top.rank::float8 as rank,
      ts_headline('english', p.body_text, q.query, ${headlineOptions}) as headline
    from top join posts p on p.thread_id = top.thread_id and p.number = top.number, q
    order by top.rank desc, top.thread_id`,
  );
}

export interface SimilarFilter extends SearchScope {
  text: string;
  limit: number;
}

export interface SimilarRow {
  threadId: string;
  score: number;
}

/**
 * Threads whose title and opening post share words with what someone is typing. Any word may
 * match (OR of the stemmed words), ranked by cover density, title words weighted most.
 */
export async function similarThreads(db: Db, filter: SimilarFilter): Promise<SimilarRow[]> {
  return selectRows<SimilarRow>(
    db,
    sql`
    with q as (
      select nullif(replace(plainto_tsquery('english', ${filter.text})::text, ' & ', ' | '), '')::tsquery as query
    )
    select t.id as "threadId", ts_rank('{0.1, 0.2, 0.5, 1.0}', t.search, q.query, 1)::float8 as score
    from threads t, q
    where q.query is not null and t.search @@ q.query and t.visibility = 'public'
      and t.space_id = any(${sql.param(filter.spaceIds)}::uuid[])
    order by score desc, t.id
    limit ${filter.limit}`,
  );
}
