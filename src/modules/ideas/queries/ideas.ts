import { eq, sql } from 'drizzle-orm';
import { onlyRow, selectRows, type Db } from '../../../db/index.ts';
import { ideas } from '../tables.ts';

export type IdeaRow = typeof ideas.$inferSelect;
export type NewIdea = typeof ideas.$inferInsert;

/** The statuses that still take votes and count against a member's vote budget. */
export const openStatuses = ['new', 'under_review', 'planned', 'in_progress'] as const;

export async function insertIdea(db: Db, row: NewIdea): Promise<IdeaRow> {
  return onlyRow(await db.insert(ideas).values(row).returning());
}

export async function findIdea(db: Db, id: string, lock = false): Promise<IdeaRow | undefined> {
  const query = db.select().from(ideas).where(eq(ideas.id, id));
  const rows = lock ? await query.for('update') : await query;
  return rows[0];
}

export async function updateIdea(db: Db, id: string, patch: Partial<NewIdea>): Promise<IdeaRow> {
  return onlyRow(await db.update(ideas).set(patch).where(eq(ideas.id, id)).returning());
}

/** Ideas merged into `fromId` now point straight at `intoId`, so no redirect goes through two hops. */
export async function repointMerged(db: Db, fromId: string, intoId: string): Promise<void> {
  await db.update(ideas).set({ mergedInto: intoId }).where(eq(ideas.mergedInto, fromId));
}

export async function titlesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ id: string; title: string }>(
    db,
    sql`select id, title from ideas where id = any(${sql.param([...new Set(ids)])}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.id, row.title]));
}

export interface BoardIdeaRow {
  id: string;
  spaceId: string;
  title: string;
  body: string;
  status: string;
  statusAt: Date;
  voteCount: number;
  recentVotes: number;
  commentCount: number;
  authorId: string;
  capturedBy: string | null;
  createdAt: Date;
}

export interface BoardFilter {
  spaceId: string;
  statuses: readonly string[];
  /** Words of the title (a trigram match, so small typos still find it). */
  q: string | undefined;
  /** Votes since then count as recent, for trending. */
  recentSince: Date;
  cap: number;
}

/** The board's ideas (never merged ones) with their counts; ranking happens in ranking.ts. */
export async function boardIdeas(db: Db, filter: BoardFilter): Promise<BoardIdeaRow[]> {
  const q = filter.q ?? null;
  const rows = await selectRows<{
    id: string;
    space_id: string;
    title: string;
    body: string;
    status: string;
    status_at: Date | string;
    vote_count: number;
    recent_votes: number;
    comment_count: number;
    author_id: string;
    captured_by: string | null;
    created_at: Date | string;
  }>(
    db,
    sql`select i.id, i.space_id, i.title, left(i.body, 400) as body, i.status, i.status_at, i.vote_count,
          i.author_id, i.captured_by, i.created_at,
          (select count(*)::int from idea_votes v
            where v.idea_id = i.id and v.created_at >= ${filter.recentSince.toISOString()}::timestamptz) as recent_votes,
          (select count(*)::int from idea_comments c
            where c.idea_id = i.id and c.deleted_at is null) as comment_count
        from ideas i
        where i.space_id = ${filter.spaceId}::uuid and i.merged_into is null
          and i.status = any(${sql.param([...filter.statuses])}::text[])
          and (${q}::text is null or i.title ilike '%' || ${q}::text || '%' or i.title % ${q}::text)
        order by i.vote_count desc, i.created_at desc
        limit ${filter.cap}`,
  );
  return rows.map((row) => ({
    id: row.id,
    spaceId: row.space_id,
    title: row.title,
    body: row.body,
    status: row.status,
    statusAt: new Date(row.status_at),
    voteCount: Number(row.vote_count),
    recentVotes: Number(row.recent_votes),
    commentCount: Number(row.comment_count),
    authorId: row.author_id,
    capturedBy: row.captured_by,
    createdAt: new Date(row.created_at),
  }));
}

/** Ideas whose titles look like this one (trigram similarity), best first, for "did you mean…". */
export async function similarTitles(
  db: Db,
  spaceIds: readonly string[],
  title: string,
  limit: number,
): Promise<{ id: string; spaceId: string; title: string; status: string; voteCount: number }[]> {
  const rows = await selectRows<{
    id: string;
    space_id: string;
    title: string;
    status: string;
    vote_count: number;
  }>(
    db,
    sql`select id, space_id, title, status, vote_count from ideas
        where space_id = any(${sql.param([...spaceIds])}::uuid[]) and merged_into is null
          and (title % ${title} or word_similarity(${title}, title) > 0.45 or title ilike '%' || ${title} || '%')
        order by greatest(similarity(title, ${title}), word_similarity(${title}, title)) desc, vote_count desc
        limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    spaceId: row.space_id,
    title: row.title,
    status: row.status,
    voteCount: Number(row.vote_count),
  }));
}
