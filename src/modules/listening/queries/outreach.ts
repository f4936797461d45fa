import { desc, eq, sql } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import { outreach } from '../tables.ts';

export type OutreachRow = typeof outreach.$inferSelect;
export type NewOutreach = typeof outreach.$inferInsert;

/** The SQL form of a mention's author key (see `authorKeyOf`). */
const authorKey = sql`coalesce('email:' || lower(i.author_email), 'member:' || i.member_id::text, i.platform || ':' || lower(i.author_handle))`;

export interface WaitingPerson {
  author_key: string;
  item_id: string;
  mentions: number;
}

/**
 * People who mentioned a problem (a complaint, a bug, or something negative about a watched
 * subject) that did not go to the inbox, and whom nobody has contacted: newest first.
 */
export async function waitingPeople(db: Db, since: Date, limit: number): Promise<WaitingPerson[]> {
  return selectRows<WaitingPerson>(
    db,
    sql`with problems as (
          select i.id, i.published_at, ${authorKey} as author_key
          from listening_items i
          where i.published_at >= ${since.toISOString()}::timestamptz
            and i.conversation_id is null and cardinality(i.rule_ids) > 0
            and (i.intent in ('complaint', 'bug') or i.sentiment_label = 'negative')
            and ${authorKey} is not null),
        people as (
          select distinct on (p.author_key) p.author_key, p.id as item_id, p.published_at,
            (count(*) over (partition by p.author_key))::int as mentions
          from problems p
          where not exists (select 1 from listening_outreach o where o.author_key = p.author_key)
          order by p.author_key, p.published_at desc)
        select author_key, item_id, mentions from people order by published_at desc limit ${limit}`,
  );
}

export async function insertOutreach(db: Db, row: NewOutreach): Promise<OutreachRow | undefined> {
  const [inserted] = await db.insert(outreach).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function findOutreach(db: Db, id: string, forUpdate = false): Promise<OutreachRow | undefined> {
  const query = db.select().from(outreach).where(eq(outreach.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function listOutreach(db: Db, status: string, limit: number): Promise<OutreachRow[]> {
  return db
    .select()
    .from(outreach)
    .where(eq(outreach.status, status))
    .orderBy(desc(outreach.contactedAt))
    .limit(limit);
}

export async function updateOutreach(db: Db, id: string, patch: Partial<NewOutreach>): Promise<OutreachRow> {
  const [row] = await db.update(outreach).set(patch).where(eq(outreach.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}
