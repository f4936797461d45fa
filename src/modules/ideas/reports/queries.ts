import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';

/**
 * The demand report's SQL. Reports may read any module's tables (never write): votes and ideas
 * here, and the words of listening mentions, inbox conversations and forum threads.
 */

/** From `start` up to (not including) `end`. */
export interface DemandWindow {
  start: Date;
  end: Date;
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const within = (column: string, window: DemandWindow) =>
  sql`${sql.raw(column)} >= ${at(window.start)} and ${sql.raw(column)} < ${at(window.end)}`;

export interface RequestedIdeaRow {
  id: string;
  title: string;
  status: string;
  boardName: string;
  boardSlug: string;
  voteCount: number;
  createdAt: Date;
  votes: number;
  board: number;
  conversation: number;
  mention: number;
  post: number;
}

/** Open ideas (not done, not merged) by the votes cast for them in the range, split by where each came from. */
export async function requestedIdeas(
  db: Db,
  window: DemandWindow,
  limit: number,
): Promise<RequestedIdeaRow[]> {
  const rows = await selectRows<Record<keyof RequestedIdeaRow, unknown>>(
    db,
    sql`select i.id, i.title, i.status, s.name as "boardName", s.slug as "boardSlug",
          i.vote_count as "voteCount", i.created_at as "createdAt",
          count(*)::int as votes,
          (count(*) filter (where v.source_kind is null))::int as board,
          (count(*) filter (where v.source_kind = 'conversation'))::int as conversation,
          (count(*) filter (where v.source_kind = 'mention'))::int as mention,
          (count(*) filter (where v.source_kind = 'post'))::int as post
        from idea_votes v
        join ideas i on i.id = v.idea_id
        join spaces s on s.id = i.space_id
        where ${within('v.created_at', window)}
          and i.merged_into is null and i.status not in ('shipped', 'declined')
        group by i.id, s.id
        order by votes desc, i.vote_count desc, i.created_at desc, i.id
        limit ${limit}`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    title: String(row.title),
    status: String(row.status),
    boardName: String(row.boardName),
    boardSlug: String(row.boardSlug),
    voteCount: Number(row.voteCount),
    createdAt: new Date(row.createdAt as string | Date),
    votes: Number(row.votes),
    board: Number(row.board),
    conversation: Number(row.conversation),
    mention: Number(row.mention),
    post: Number(row.post),
  }));
}

/** Ideas created in the range, by where they came from (null: submitted on the board). */
export async function newIdeaCounts(
  db: Db,
  window: DemandWindow,
): Promise<{ sourceKind: string | null; count: number }[]> {
  const rows = await selectRows<{ sourceKind: string | null; count: number }>(
    db,
    sql`select source_kind as "sourceKind", count(*)::int as count from ideas
        where ${within('created_at', window)}
        group by source_kind`,
  );
  return rows.map((row) => ({ sourceKind: row.sourceKind, count: Number(row.count) }));
}

/** Something said that may report a bug: its id, a title to show, its words and when. */
export interface SaidRow {
  id: string;
  title: string;
  text: string;
  at: Date;
}

export interface BugMentionRow {
  id: string;
  title: string;
  keyPhrases: string[];
  at: Date;
}

/** Mentions listening classified as bugs, newest first; at most `limit`. */
export async function bugMentions(db: Db, window: DemandWindow, limit: number): Promise<BugMentionRow[]> {
  const rows = await selectRows<{ id: string; title: string; keyPhrases: string[]; at: string | Date }>(
    db,
    sql`select id, coalesce(nullif(title, ''), left(body, 140)) as title, key_phrases as "keyPhrases",
          published_at as at
        from listening_items
        where intent = 'bug' and ${within('published_at', window)}
        order by published_at desc, id desc
        limit ${limit}`,
  );
  return rows.map((row) => ({ ...row, keyPhrases: row.keyPhrases, at: new Date(row.at) }));
}

/**
 * Inbox conversations opened in the range with their first message from the member, newest first;
 * at most `limit`. Forum and listening conversations are left out: their threads and mentions are
 * counted as themselves, once.
 */
export async function openingMessages(db: Db, window: DemandWindow, limit: number): Promise<SaidRow[]> {
  const rows = await selectRows<{ id: string; title: string; text: string; at: string | Date }>(
    db,
    sql`select c.id, c.subject as title, m.body_text as text, c.created_at as at
        from inbox_conversations c
        join lateral (
          select body_text from inbox_messages m
          where m.conversation_id = c.id and m.direction = 'in' and not m.automated
          order by m.created_at, m.seq
          limit 1
        ) m on true
        where ${within('c.created_at', window)} and c.channel not in ('forum', 'listening')
        order by c.created_at desc, c.id desc
        limit ${limit}`,
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}

/** Threads opened in the range in questions and complaints spaces (not hidden), newest first; at most `limit`. */
export async function openingThreads(db: Db, window: DemandWindow, limit: number): Promise<SaidRow[]> {
  const rows = await selectRows<{ id: string; title: string; text: string; at: string | Date }>(
    db,
    sql`select t.id, t.title, t.opening_text as text, t.created_at as at
        from threads t
        join spaces s on s.id = t.space_id
        where s.kind in ('questions', 'complaints') and ${within('t.created_at', window)}
          and not exists (
            select 1 from posts p where p.thread_id = t.id and p.number = 1 and p.hidden_at is not null
          )
        order by t.created_at desc, t.id desc
        limit ${limit}`,
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}
