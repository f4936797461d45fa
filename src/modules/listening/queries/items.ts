import { and, asc, desc, eq, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { items, sources } from '../tables.ts';

export type ItemRow = typeof items.$inferSelect;
export type NewItem = Omit<ItemRow, 'search'>;

/** Column order of the batch insert; each is sent as one array parameter. */
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
  ['key_phrases', 'text'],
  ['explanation', 'text'],
  ['rule_ids', 'text'],
] as const;

/** Arrays of arrays cannot be unnested row by row, so those travel as array literals. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

function columnValues(rows: readonly NewItem[]): unknown[][] {
  return [
    rows.map((row) => row.id),
    rows.map((row) => row.sourceId),
    rows.map((row) => row.dedupeKey),
    rows.map((row) => row.url),
    rows.map((row) => row.title),
    rows.map((row) => row.body),
    rows.map((row) => row.authorName),
    rows.map((row) => row.authorHandle),
    rows.map((row) => row.authorEmail),
    rows.map((row) => row.memberId),
    rows.map((row) => row.platform),
    rows.map((row) => row.publishedAt.toISOString()),
    rows.map((row) => row.receivedAt.toISOString()),
    rows.map((row) => row.language),
    rows.map((row) => row.sentiment),
    rows.map((row) => row.sentimentLabel),
    rows.map((row) => row.intent),
    rows.map((row) => arrayLiteral(row.keyPhrases)),
    rows.map((row) => JSON.stringify(row.explanation)),
    rows.map((row) => arrayLiteral(row.ruleIds)),
  ];
}

function insertText(table: string): string {
  const names = columns.map(([name]) => name);
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const casts: Record<string, string> = {
    key_phrases: 'key_phrases::text[]',
    rule_ids: 'rule_ids::uuid[]',
    explanation: 'explanation::jsonb',
  };
  const select = names.map((name) => casts[name] ?? name).join(', ');
  return (
    `insert into ${table} (${names.join(', ')}) ` +
    `select ${select} from unnest(${unnest}) as u(${names.join(', ')}) ` +
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
  const result = await sqlClient.query<{ id: string }>(itemsInsert, columnValues(rows));
  return new Set(result.rows.map((row) => row.id));
}

/** The same statement into a table of the same columns (the ingest bench's bare baseline). */
export async function insertItemRowsInto(
  sqlClient: SqlClient,
  table: string,
  rows: readonly NewItem[],
): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
  await sqlClient.query(insertText(table), columnValues(rows));
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
