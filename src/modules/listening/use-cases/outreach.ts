import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { textToHtml } from '../../../core/text.ts';
import { userCards, userNames } from '../../accounts/index.ts';
import { postedInThreadSince, startDirectMessage } from '../../forum/index.ts';
import { ingestMessage, memberWroteSince, replyToConversation } from '../../inbox/index.ts';
import { fail } from '../errors.ts';
import type { outreachPageSchema, outreachQuery, outreachVia, reachOutSchema } from '../outreach-schemas.ts';
import { listeningPolicy } from '../policy.ts';
import { findItem, listItems, setItemConversation, type ItemRow } from '../queries/items.ts';
import {
  findOutreach,
  insertOutreach,
  listOutreach,
  updateOutreach,
  waitingPeople,
  type OutreachRow,
} from '../queries/outreach.ts';
import { itemDto, ruleNames } from './read-stream.ts';

type Via = (typeof outreachVia)[number];
type Page = z.infer<typeof outreachPageSchema>;
const DAY = 86_400_000;

/** One key per person, the same as the queue's SQL: email, else account, else platform handle. */
export function authorKeyOf(
  item: Pick<ItemRow, 'authorEmail' | 'memberId' | 'platform' | 'authorHandle'>,
): string | null {
  if (item.authorEmail) return `email:${item.authorEmail.toLowerCase()}`;
  if (item.memberId) return `member:${item.memberId}`;
  return item.authorHandle ? `${item.platform}:${item.authorHandle.toLowerCase()}` : null;
}

function waysOf(item: Pick<ItemRow, 'authorEmail' | 'memberId' | 'url'>): Via[] {
  return [
    ...(item.authorEmail ? (['email'] as const) : []),
    ...(item.memberId ? (['dm'] as const) : []),
    'platform' as const,
  ];
}

/** Email: the mention becomes an email conversation in the inbox, and the message goes out as its reply. */
async function byEmail(ctx: AppContext, actor: Actor, item: ItemRow, row: OutreachRow, message: string) {
  const conversationId = await ctx.database.transaction(async (tx) => {
    const text = item.url ? `${item.body}\n\n${item.url}` : item.body;
    const opened = await ingestMessage(tx, ctx, {
      channel: 'email',
      conversationRef: `outreach:${row.id}`,
      externalId: `listening-outreach:${item.id}`,
      subject: item.title ?? `Your post on ${item.platform}`,
      text,
      html: textToHtml(text),
      from: { memberId: item.memberId, name: item.authorName, address: item.authorEmail },
      at: item.publishedAt,
      direction: 'in',
      opens: true,
      context: { tags: ['outreach'], intent: item.intent, sentiment: item.sentiment },
    });
    if (!opened.conversationId) throw new Error('the outreach conversation did not open');
    await setItemConversation(tx.db, item.id, opened.conversationId);
    await updateOutreach(tx.db, row.id, { conversationId: opened.conversationId });
    return opened.conversationId;
  });
  await replyToConversation(ctx, actor, conversationId, {
    markdown: message,
    confirm: true,
    then: 'pending',
  });
}

async function byDirectMessage(
  ctx: AppContext,
  actor: Actor,
  item: ItemRow,
  row: OutreachRow,
  message: string,
) {
  const card = item.memberId
    ? (await userCards(ctx.database.db, [item.memberId])).get(item.memberId)
    : undefined;
  if (!card) throw fail.OUTREACH_NO_ROUTE();
  const { threadId } = await startDirectMessage(ctx, actor, {
    to: card.handle,
    title: item.title ? `About: ${item.title}`.slice(0, 200) : 'About your post',
    body: message,
  });
  await updateOutreach(ctx.database.db, row.id, { threadId });
}

/**
 * Reaches out to the author of a problem mention: by email (through the inbox, so the answer
 * threads back), by direct message to their account, or on the platform itself (the agent posts
 * there; Hearth records it). One outreach per person; it is tracked until they answer.
 */
export async function reachOut(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof reachOutSchema>,
): Promise<{ id: string }> {
  const who = listeningPolicy.authorize(actor, 'triage');
  const item = await findItem(ctx.database.db, input.itemId);
  if (!item) throw fail.MENTION_NOT_FOUND();
  const key = authorKeyOf(item);
  if (!key || !waysOf(item).includes(input.via)) throw fail.OUTREACH_NO_ROUTE();
  const row = await ctx.database.transaction((tx) =>
    insertOutreach(tx.db, {
      id: newId(),
      authorKey: key,
      itemId: item.id,
      via: input.via,
      message: input.message,
      contactedBy: who.userId,
      contactedAt: ctx.clock.now(),
    }),
  );
  if (!row) throw fail.OUTREACH_ALREADY();
  if (input.via === 'email') await byEmail(ctx, who, item, row, input.message);
  if (input.via === 'dm') await byDirectMessage(ctx, who, item, row, input.message);
  return { id: row.id };
}

/** Whether the person answered since we wrote: in the email conversation, or in the direct message. */
async function answered(ctx: AppContext, row: OutreachRow, item: ItemRow | undefined): Promise<boolean> {
  const db = ctx.database.db;
  if (row.conversationId) return memberWroteSince(db, row.conversationId, row.contactedAt);
  if (row.threadId && item?.memberId)
    return postedInThreadSince(db, row.threadId, item.memberId, row.contactedAt);
  return false;
}

/** For outreach on another platform: the agent saw the answer there. */
export async function markAnswered(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  listeningPolicy.authorize(actor, 'triage');
  await ctx.database.transaction(async (tx) => {
    const row = await findOutreach(tx.db, id, true);
    if (!row) throw fail.OUTREACH_NOT_FOUND();
    if (row.status !== 'answered')
      await updateOutreach(tx.db, id, { status: 'answered', answeredAt: ctx.clock.now() });
  });
}

async function itemsById(ctx: AppContext, ids: readonly string[]) {
  const rows = ids.length > 0 ? await listItems(ctx.database.db, { ids }, null, ids.length) : [];
  return new Map(rows.map((row) => [row.id, row]));
}

async function readWaiting(
  ctx: AppContext,
  limit: number,
  rules: Map<string, string>,
): Promise<Page['waiting']> {
  const people = await waitingPeople(ctx.database.db, new Date(ctx.clock.now().getTime() - 30 * DAY), limit);
  const items = await itemsById(
    ctx,
    people.map((person) => person.item_id),
  );
  return people.flatMap((person) => {
    const item = items.get(person.item_id);
    if (!item) return [];
    return [
      {
        authorKey: person.author_key,
        item: itemDto(item, rules),
        mentions: person.mentions,
        ways: waysOf(item),
      },
    ];
  });
}

/** Outreach still waiting for an answer is checked first: an answer moves it to answered. */
async function refreshAnswers(ctx: AppContext): Promise<void> {
  const rows = await listOutreach(ctx.database.db, 'contacted', 500);
  const items = await itemsById(
    ctx,
    rows.map((row) => row.itemId),
  );
  for (const row of rows)
    if (await answered(ctx, row, items.get(row.itemId)))
      await updateOutreach(ctx.database.db, row.id, { status: 'answered', answeredAt: ctx.clock.now() });
}

async function readContacted(
  ctx: AppContext,
  status: 'contacted' | 'answered',
  limit: number,
  rules: Map<string, string>,
): Promise<Page['outreach']> {
  await refreshAnswers(ctx);
  const rows = await listOutreach(ctx.database.db, status, limit);
  const items = await itemsById(
    ctx,
    rows.map((row) => row.itemId),
  );
  const names = await userNames(
    ctx.database.db,
    rows.map((row) => row.contactedBy),
  );
  return rows.map((row) => {
    const item = items.get(row.itemId);
    return {
      id: row.id,
      authorKey: row.authorKey,
      item: item ? itemDto(item, rules) : null,
      via: row.via as Via,
      message: row.message,
      status: row.status as 'contacted' | 'answered',
      conversationId: row.conversationId,
      threadId: row.threadId,
      contactedBy: { id: row.contactedBy, name: names.get(row.contactedBy) ?? 'Former member' },
      contactedAt: row.contactedAt.toISOString(),
      answeredAt: row.answeredAt?.toISOString() ?? null,
    };
  });
}

/** The queue (people waiting to be contacted), or the outreach under way, or answered. */
export async function readOutreach(
  ctx: AppContext,
  actor: Actor | null,
  query: z.infer<typeof outreachQuery>,
): Promise<Page> {
  listeningPolicy.authorize(actor, 'read');
  const rules = await ruleNames(ctx.database.db);
  if (query.status === 'waiting')
    return { waiting: await readWaiting(ctx, query.limit, rules), outreach: [] };
  return { waiting: [], outreach: await readContacted(ctx, query.status, query.limit, rules) };
}
