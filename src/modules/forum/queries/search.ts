import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import { corpusStats } from '../similarity/corpus.ts';
import { scoreSimilar, type SimilarityDocument } from '../similarity/rank.ts';
import { parseTsvector } from '../similarity/tsvector.ts';

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
  /** Rank only these threads (in this order among equals), scored exactly as in a free search. */
  among?: readonly string[] | undefined;
}

export interface SimilarRow {
  threadId: string;
  score: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How many of the forum's best plain matches the ranker reads (it draws its feedback words from them). */
const similarPoolSize = 200;

/**
 * Threads that already ask what someone is typing, best first, with a score in [0, 1) (see
 * similarity/rank.ts). The database finds and pre-ranks the threads sharing any stemmed word
 * with the text (the GIN index on the search vector), then hands over their search vectors for
 * BM25 with pseudo-relevance feedback. With `among`, those threads are scored instead of the pool.
 * Threads sharing no word are left out.
 */
export async function similarThreads(db: Db, filter: SimilarFilter): Promise<SimilarRow[]> {
  const visible = sql`t.visibility = 'public' and t.space_id = any(${sql.param(filter.spaceIds)}::uuid[])`;
  const among = filter.among ? [...new Set(filter.among)].filter((id) => uuidPattern.test(id)) : null;
  const rows = await selectRows<{ kind: string; id: string | null; terms: string; publicThreads: number }>(
    db,
    sql`
    with q as (
      select to_tsvector('english', ${filter.text}) as vector,
        nullif(replace(plainto_tsquery('english', ${filter.text})::text, ' & ', ' | '), '')::tsquery as query
    ),
    pool as (
      select t.id, t.search from threads t, q
      where q.query is not null and t.search @@ q.query and ${visible}
      order by ts_rank(t.search, q.query, 1) desc, t.id
      limit ${similarPoolSize}
    )
    select 'query'::text as kind, null::uuid as id, q.vector::text as terms,
      (select count(*) from threads where visibility = 'public')::int as "publicThreads"
    from q
    union all
    select 'pool', pool.id, pool.search::text, 0 from pool
    ${
      among && among.length > 0
        ? sql`union all
    select 'among', t.id, t.search::text, 0 from threads t
    where t.id = any(${sql.param(among)}::uuid[]) and ${visible}`
        : sql``
    }`,
  );
  const queryRow = rows.find((row) => row.kind === 'query');
  const query = parseTsvector(queryRow?.terms ?? '');
  if (!queryRow || query.size === 0) return [];
  const parsed = new Map<string, SimilarityDocument>();
  const documentOf = (row: { id: string | null; terms: string }): SimilarityDocument => {
    const id = row.id ?? '';
    let document = parsed.get(id);
    if (!document) parsed.set(id, (document = { id, terms: parseTsvector(row.terms) }));
    return document;
  };
  const pool = rows.filter((row) => row.kind === 'pool').map(documentOf);
  const order = new Map((among ?? []).map((id, index) => [id, index]));
  const targets = among
    ? rows
        .filter((row) => row.kind === 'among')
        .map(documentOf)
        .sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0))
    : pool;
  const stats = await corpusStats(db, Number(queryRow.publicThreads));
  const scores = scoreSimilar(query, pool, targets, stats);
  // Equal scores keep the caller's order with `among`, else the thread id order (stable results).
  const tieBreak = among
    ? (x: RankedRow, y: RankedRow) => x.index - y.index
    : (x: RankedRow, y: RankedRow) => (x.threadId < y.threadId ? -1 : x.threadId > y.threadId ? 1 : 0);
  return targets
    .map((document, index) => ({ threadId: document.id, score: scores.get(document.id) ?? 0, index }))
    .filter((row) => row.score > 0)
    .sort((x, y) => y.score - x.score || tieBreak(x, y))
    .slice(0, filter.limit)
    .map(({ threadId, score }) => ({ threadId, score }));
}

interface RankedRow {
  threadId: string;
  score: number;
  index: number;
}
