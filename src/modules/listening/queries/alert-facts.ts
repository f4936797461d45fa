import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import type { AlertCount } from '../types.ts';

/** Which items a series counts: a rule's, negative ones, or both. */
export interface SeriesFilter {
  ruleId: string | null;
  negativeOnly: boolean;
}

function itemsOf(filter: SeriesFilter, from: Date, to: Date): SQL {
  const rule = filter.ruleId ? sql`and i.rule_ids @> array[${filter.ruleId}::uuid]` : sql``;
  const negative = filter.negativeOnly ? sql`and i.sentiment_label = 'negative'` : sql``;
  return sql`i.published_at >= ${from.toISOString()}::timestamptz and i.published_at < ${to.toISOString()}::timestamptz ${rule} ${negative}`;
}

/** Key phrases in the window, with how often each came up in the week before it. */
export async function phraseCounts(
  db: Db,
  filter: SeriesFilter,
  window: { from: Date; to: Date },
  before: { from: Date; to: Date },
): Promise<{ phrase: string; now: number; before: number }[]> {
  const rows = await selectRows<{ phrase: string; now: number; before: number }>(
    db,
    sql`with now as (
          select p as phrase, count(*)::int as n from listening_items i, unnest(i.key_phrases) p
          where ${itemsOf(filter, window.from, window.to)} group by p order by n desc limit 40)
        select now.phrase, now.n as now,
          (select count(*)::int from listening_items i
           where ${itemsOf(filter, before.from, before.to)} and now.phrase = any(i.key_phrases)) as before
        from now`,
  );
  return rows;
}

export async function topSources(db: Db, filter: SeriesFilter, from: Date, to: Date): Promise<AlertCount[]> {
  return selectRows<AlertCount>(
    db,
    sql`select s.name, count(*)::int as count from listening_items i join listening_sources s on s.id = i.source_id
        where ${itemsOf(filter, from, to)} group by s.name order by count desc, s.name limit 5`,
  );
}

export async function topAuthors(db: Db, filter: SeriesFilter, from: Date, to: Date): Promise<AlertCount[]> {
  return selectRows<AlertCount>(
    db,
    sql`select coalesce('@' || i.author_handle, i.author_name) as name, count(*)::int as count
        from listening_items i
        where ${itemsOf(filter, from, to)} and coalesce(i.author_handle, i.author_name) is not null
        group by 1 order by count desc, name limit 5`,
  );
}

export async function sentimentOf(
  db: Db,
  filter: SeriesFilter,
  from: Date,
  to: Date,
): Promise<{ average: number | null; negativeShare: number | null }> {
  const [row] = await selectRows<{ average: number | null; negative_share: number | null }>(
    db,
    sql`select avg(i.sentiment)::float8 as average,
          (count(*) filter (where i.sentiment_label = 'negative'))::float8 / nullif(count(*), 0) as negative_share
        from listening_items i where ${itemsOf(filter, from, to)}`,
  );
  return { average: row?.average ?? null, negativeShare: row?.negative_share ?? null };
}

/** The most negative items of the window first, then the newest. */
export async function exampleItems(db: Db, filter: SeriesFilter, from: Date, to: Date): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select i.id from listening_items i where ${itemsOf(filter, from, to)}
        order by i.sentiment asc, i.published_at desc limit 5`,
  );
  return rows.map((row) => row.id);
}
