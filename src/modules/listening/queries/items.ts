import { and, asc, desc, eq, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { items, sources } from '../tables.ts';

export type ItemRow = typeof items.$inferSelect;
export type NewItem = Omit<ItemRow, 'search'>;

/** The columns a batch insert writes, with their types. */
const columns = [
  ['id', 'uuid'],
  ['source_id', 'uuid'],
  ['dedupe_key', 'text'],
  ['url', 'text'],
  ['title', 'text'],
  ['body', 'text'],
  ['author_name', 'text'],
  ['author_handle', 'text'],
  ['author_email', 'text'],
  ['member_id', 'uuid'],
  ['platform', 'text'],
  ['published_at', 'timestamptz'],
  ['received_at', 'timestamptz'],
  ['language', 'text'],
  ['sentiment', 'real'],
  ['sentiment_label', 'text'],
  ['intent', 'text'],
  ['key_phrases', 'text[]'],
  ['explanation', 'jsonb'],
  ['rule_ids', 'uuid[]'],
] as const;

function recordOf(row: NewItem): Record<(typeof columns)[number][0], unknown> {
  return {
    id: row.id,
    source_id: row.sourceId,
    dedupe_key: row.dedupeKey,
    url: row.url,
    title: row.title,
    body: row.body,
    author_name: row.authorName,
    author_handle: row.authorHandle,
    author_email: row.authorEmail,
    member_id: row.memberId,
    platform: row.platform,
    published_at: row.publishedAt,
    received_at: row.receivedAt,
    language: row.language,
    sentiment: row.sentiment,
    sentiment_label: row.sentimentLabel,
    intent: row.intent,
    key_phrases: row.keyPhrases,
    explanation: row.explanation,
    rule_ids: row.ruleIds,
  };
}

/**
 * A batch travels as one JSON parameter: one JSON.stringify costs this process half what the
 * driver spends escaping twenty arrays value by value, and the database reads it in one pass.
 */
function insertText(table: string): string {
  const names = columns.map(([name]) => name).join(', ');
  const definition = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  return (
    `insert into ${table} (${names}) select ${names} from json_to_recordset($1::json) as r(${definition}) ` +
    `on conflict do nothing returning id`
  );
}

const itemsInsert = insertText('listening_items');

/**
 * Inserts a batch in one statement; rows whose dedupe key is already stored are skipped.
 * Returns the ids actually inserted.
 */
export async function insertItems(sqlClient: SqlClient, rows: readonly NewItem[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await sqlClient.query<{ id: string }>(itemsInsert, [JSON.stringify(rows.map(recordOf))]);
  return new Set(result.rows.map((row) => row.id));
}

/** The same statement into a table of the same columns (the ingest bench's bare baseline). */
export async function insertItemRowsInto(
  sqlClient: SqlClient,
  table: string,
  rows: readonly NewItem[],
): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
  await sqlClient.query(insertText(table), [JSON.stringify(rows.map(recordOf))]);
}

export async function findItem(db: Db, id: string, forUpdate = false): Promise<ItemRow | undefined> {
  const query = db.select().from(items).where(eq(items.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function setItemConversation(db: Db, id: string, conversationId: string): Promise<void> {
  await db.update(items).set({ conversationId }).where(eq(items.id, id));
}

/** Keyset page, newest first: the cursor is the last row's (published_at, id). */
export function beforeCursor(cursor: { at: Date; id: string } | null): SQL | undefined {
  if (!cursor) return undefined;
  return or(lt(items.publishedAt, cursor.at), and(eq(items.publishedAt, cursor.at), lt(items.id, cursor.id)));
}

export const newestFirst = [desc(items.publishedAt), desc(items.id)];

export interface MatchFields {
  id: string;
  title: string | null;
  body: string;
  sourceName: string;
  sourceKind: string;
  language: string;
  authorName: string | null;
  authorHandle: string | null;
  intent: string;
  sentimentLabel: string;
  platform: string;
  url: string | null;
  ruleIds: string[];
}

/** What a watch rule looks at, a page at a time in id order (for re-running a rule). */
export async function matchFieldsPage(db: Db, afterId: string | null, limit: number): Promise<MatchFields[]> {
  return db
    .select({
      id: items.id,
      title: items.title,
      body: items.body,
      sourceName: sources.name,
      sourceKind: sources.kind,
      language: items.language,
      authorName: items.authorName,
      authorHandle: items.authorHandle,
      intent: items.intent,
      sentimentLabel: items.sentimentLabel,
      platform: items.platform,
      url: items.url,
      ruleIds: items.ruleIds,
    })
    .from(items)
    .innerJoin(sources, eq(sources.id, items.sourceId))
    .where(afterId ? gt(items.id, afterId) : undefined)
    .orderBy(asc(items.id))
    .limit(limit);
}

/** Adds the rule to some items and takes it off others. */
export async function setRuleMembership(
  sqlClient: SqlClient,
  ruleId: string,
  add: readonly string[],
  remove: readonly string[],
): Promise<void> {
  if (add.length > 0)
    await sqlClient.query(
      `update listening_items set rule_ids = array_append(rule_ids, $1::uuid)
       where id = any($2::uuid[]) and not rule_ids @> array[$1::uuid]`,
      [ruleId, add],
    );
  if (remove.length > 0)
    await sqlClient.query(
      `update listening_items set rule_ids = array_remove(rule_ids, $1::uuid) where id = any($2::uuid[])`,
      [ruleId, remove],
    );
}

export async function countRuleItems(db: Db, ruleId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(items)
    .where(sql`${items.ruleIds} @> array[${ruleId}::uuid]`);
  return row?.count ?? 0;
}

export interface StreamFilter {
  q?: string;
  ruleId?: string;
  sourceId?: string;
  intent?: string;
  sentiment?: string;
  language?: string;
  routed?: boolean;
  from?: Date;
  to?: Date;
  ids?: readonly string[];
}

function streamConditions(filter: StreamFilter): (SQL | undefined)[] {
  return [
    filter.q ? sql`${items.search} @@ websearch_to_tsquery('simple', ${filter.q})` : undefined,
    filter.ruleId ? sql`${items.ruleIds} @> array[${filter.ruleId}::uuid]` : undefined,
    filter.sourceId ? eq(items.sourceId, filter.sourceId) : undefined,
    filter.intent ? eq(items.intent, filter.intent) : undefined,
    filter.sentiment ? eq(items.sentimentLabel, filter.sentiment) : undefined,
    filter.language ? eq(items.language, filter.language) : undefined,
    filter.routed === undefined
      ? undefined
      : filter.routed
        ? sql`${items.conversationId} is not null`
        : sql`${items.conversationId} is null`,
    filter.from ? gte(items.publishedAt, filter.from) : undefined,
    filter.to ? lt(items.publishedAt, filter.to) : undefined,
    filter.ids ? inArray(items.id, [...filter.ids]) : undefined,
  ];
}

/** How many items match, counting no further than `cap` + 1 (so a huge stream costs little). */
export async function countItems(db: Db, filter: StreamFilter, cap: number): Promise<number> {
  const matching = db
    .select({ one: sql`1` })
    .from(items)
    .where(and(...streamConditions(filter)))
    .limit(cap + 1)
    .as('matching');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(matching);
  return row?.n ?? 0;
}

export async function listItems(
  db: Db,
  filter: StreamFilter,
  cursor: { at: Date; id: string } | null,
  limit: number,
): Promise<(ItemRow & { sourceName: string })[]> {
  const rows = await db
    .select({ item: items, sourceName: sources.name })
    .from(items)
    .innerJoin(sources, eq(sources.id, items.sourceId))
    .where(and(...streamConditions(filter), beforeCursor(cursor)))
    .orderBy(...newestFirst)
    .limit(limit);
  return rows.map((row) => ({ ...row.item, sourceName: row.sourceName }));
}
