import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { fail } from '../errors.ts';
import { listeningPolicy } from '../policy.ts';
import { countItems, findItem, listItems, type ItemRow, type StreamFilter } from '../queries/items.ts';
import { allRules } from '../queries/rules.ts';
import { findSource } from '../queries/sources.ts';
import { streamCountCap, type itemSchema, type StreamCountQuery, type StreamQuery } from '../schemas.ts';

export type ItemDto = z.infer<typeof itemSchema>;

function encodeCursor(row: ItemRow): string {
  return Buffer.from(`${row.publishedAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) return null;
  return { at: date, id: id as string };
}

export async function ruleNames(db: Db): Promise<Map<string, string>> {
  return new Map((await allRules(db)).map((rule) => [rule.id, rule.name]));
}

export function itemDto(row: ItemRow & { sourceName: string }, rules: ReadonlyMap<string, string>): ItemDto {
  return {
    id: row.id,
    source: { id: row.sourceId, name: row.sourceName },
    platform: row.platform,
    url: row.url,
    title: row.title,
    text: row.body,
    author: { name: row.authorName, handle: row.authorHandle, memberId: row.memberId },
    publishedAt: row.publishedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    language: row.language,
    sentiment: row.sentiment,
    sentimentLabel: row.sentimentLabel as ItemDto['sentimentLabel'],
    intent: row.intent as ItemDto['intent'],
    keyPhrases: row.keyPhrases,
    rules: row.ruleIds.map((id) => ({ id, name: rules.get(id) ?? 'Deleted rule' })),
    conversationId: row.conversationId,
    why: { ...row.explanation, heldBack: row.explanation.heldBack ?? null },
  };
}

function streamFilter(query: StreamCountQuery): StreamFilter {
  return {
    q: query.q?.trim() || undefined,
    ruleId: query.ruleId,
    sourceId: query.sourceId,
    intent: query.intent,
    sentiment: query.sentiment,
    language: query.language,
    routed: query.routed === undefined ? undefined : query.routed === 'yes',
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

/** The listening stream: every stored mention, newest first, searchable and filterable. */
export async function readStream(
  ctx: AppContext,
  actor: Actor | null,
  query: StreamQuery,
): Promise<{ items: ItemDto[]; nextCursor: string | null }> {
  listeningPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const rows = await listItems(db, streamFilter(query), decodeCursor(query.cursor), query.limit + 1);
  const page = rows.slice(0, query.limit);
  const rules = await ruleNames(db);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => itemDto(row, rules)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

export async function readItem(ctx: AppContext, actor: Actor | null, id: string): Promise<ItemDto> {
  listeningPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const row = await findItem(db, id);
  if (!row) throw fail.MENTION_NOT_FOUND();
  const source = await findSource(db, row.sourceId);
  return itemDto({ ...row, sourceName: source?.name ?? 'Deleted source' }, await ruleNames(db));
}

/** How many mentions the stream's filters match (a crisis room's counter), up to a cap. */
export async function countStream(
  ctx: AppContext,
  actor: Actor | null,
  query: StreamCountQuery,
): Promise<{ count: number; more: boolean }> {
  listeningPolicy.authorize(actor, 'read');
  const counted = await countItems(ctx.database.db, streamFilter(query), streamCountCap);
  return { count: Math.min(counted, streamCountCap), more: counted > streamCountCap };
}
