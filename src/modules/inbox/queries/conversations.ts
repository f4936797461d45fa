import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { onlyRow, selectRows, type Db } from '../../../db/index.ts';
import { conversations } from '../tables.ts';

export type ConversationRow = typeof conversations.$inferSelect;
export type NewConversation = typeof conversations.$inferInsert;

export const openStatuses = ['open', 'pending', 'snoozed'] as const;

export async function insertConversation(db: Db, row: NewConversation): Promise<ConversationRow> {
  return onlyRow(await db.insert(conversations).values(row).returning());
}

export async function findConversation(
  db: Db,
  id: string,
  lock = false,
): Promise<ConversationRow | undefined> {
  const query = db.select().from(conversations).where(eq(conversations.id, id));
  return (lock ? await query.for('update') : await query)[0];
}

export async function findByChannelRef(
  db: Db,
  channel: string,
  channelRef: string,
  lock = false,
): Promise<ConversationRow | undefined> {
  const query = db
    .select()
    .from(conversations)
    .where(and(eq(conversations.channel, channel), eq(conversations.channelRef, channelRef)));
  return (lock ? await query.for('update') : await query)[0];
}

/** Every change bumps the version, so open pages and a second agent know theirs is stale. */
export async function updateConversation(
  db: Db,
  id: string,
  patch: Partial<NewConversation>,
): Promise<ConversationRow> {
  return onlyRow(
    await db
      .update(conversations)
      .set({ ...patch, version: sql`${conversations.version} + 1` })
      .where(eq(conversations.id, id))
      .returning(),
  );
}

export interface ConversationFilter {
  statuses: readonly string[];
  assigneeId?: string | null | undefined;
  teamId?: string | undefined;
  channel?: string | undefined;
  priority?: string | undefined;
  tag?: string | undefined;
  /** Only conversations whose next SLA due time is before this instant. */
  dueBefore?: Date | undefined;
  /** For agents: restricted conversations show only when theirs or their team's. */
  restrictedVisibleTo?: { userId: string; teamIds: string[] } | undefined;
  order: 'recent' | 'due';
  after?: { at: Date; id: string } | undefined;
  limit: number;
}

function filterWhere(filter: ConversationFilter): SQL | undefined {
  const c = conversations;
  const assignee =
    filter.assigneeId === undefined
      ? undefined
      : filter.assigneeId === null
        ? sql`${c.assigneeId} is null`
        : eq(c.assigneeId, filter.assigneeId);
  return and(
    inArray(c.status, [...filter.statuses]),
    assignee,
    filter.teamId ? eq(c.teamId, filter.teamId) : undefined,
    filter.channel ? eq(c.channel, filter.channel) : undefined,
    filter.priority ? eq(c.priority, filter.priority) : undefined,
    filter.tag ? sql`${c.tags} @> array[${filter.tag}]::text[]` : undefined,
    filter.dueBefore ? lt(c.nextDueAt, filter.dueBefore) : undefined,
    filter.restrictedVisibleTo ? restrictedWhere(filter.restrictedVisibleTo) : undefined,
  );
}

function restrictedWhere(viewer: { userId: string; teamIds: string[] }): SQL | undefined {
  const c = conversations;
  return or(
    eq(c.restricted, false),
    eq(c.assigneeId, viewer.userId),
    viewer.teamIds.length > 0 ? inArray(c.teamId, viewer.teamIds) : undefined,
  );
}

/** One page, newest activity first (or soonest due first), with a keyset cursor. */
export async function listConversations(db: Db, filter: ConversationFilter): Promise<ConversationRow[]> {
  const c = conversations;
  const key = filter.order === 'due' ? c.nextDueAt : c.lastMessageAt;
  const after = filter.after
    ? filter.order === 'due'
      ? or(gt(key, filter.after.at), and(eq(key, filter.after.at), gt(c.id, filter.after.id)))
      : or(lt(key, filter.after.at), and(eq(key, filter.after.at), lt(c.id, filter.after.id)))
    : undefined;
  const order = filter.order === 'due' ? [asc(key), asc(c.id)] : [desc(key), desc(c.id)];
  return db
    .select()
    .from(c)
    .where(and(filterWhere(filter), after, filter.order === 'due' ? sql`${key} is not null` : undefined))
    .orderBy(...order)
    .limit(filter.limit);
}

export interface ViewCounts {
  mine: number;
  unassigned: number;
  open: number;
  breachingSoon: number;
}

/** Each badge stops counting here (it then reads "1000+"): the list stays fast however long the backlog. */
export const viewCountCap = 1000;

export async function countViews(
  db: Db,
  userId: string,
  soon: Date,
  restrictedVisibleTo?: { userId: string; teamIds: string[] },
): Promise<ViewCounts> {
  const c = conversations;
  const visible = restrictedVisibleTo ? restrictedWhere(restrictedVisibleTo) : undefined;
  // One small index scan per badge, each reading at most viewCountCap rows, instead of a pass
  // over every open conversation on every list request.
  const capped = (where?: SQL) =>
    sql<number>`(select count(*)::int from (select 1 from ${c} where ${and(eq(c.status, 'open'), visible, where)} limit ${viewCountCap}) as capped)`;
  const rows = await selectRows<ViewCounts>(
    db,
    sql`select ${capped(eq(c.assigneeId, userId))} as "mine", ${capped(isNull(c.assigneeId))} as "unassigned",
      ${capped()} as "open", ${capped(lt(c.nextDueAt, soon))} as "breachingSoon"`,
  );
  return rows[0] ?? { mine: 0, unassigned: 0, open: 0, breachingSoon: 0 };
}

/** Conversations the SLA sweep must look at now: a warning, breach, escalation or snooze is due. */
export async function conversationsToCheck(db: Db, now: Date, limit: number): Promise<string[]> {
  const c = conversations;
  const rows = await db
    .select({ id: c.id })
    .from(c)
    .where(lte(c.checkAt, now))
    .orderBy(asc(c.checkAt))
    .limit(limit);
  return rows.map((row) => row.id);
}

/** Open conversations per agent, for balanced assignment and the high-load notice. */
export async function openLoad(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const c = conversations;
  const rows = await db
    .select({ userId: c.assigneeId, n: sql<number>`count(*)::int` })
    .from(c)
    .where(and(inArray(c.assigneeId, [...userIds]), inArray(c.status, ['open', 'pending'])))
    .groupBy(c.assigneeId);
  return new Map(rows.map((row) => [row.userId ?? '', row.n]));
}

export async function countOpen(db: Db): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(conversations)
    .where(eq(conversations.status, 'open'));
  return rows[0]?.n ?? 0;
}

export const conversationColumns = getTableColumns(conversations);

/**
 * Each person's open load counted only up to their capacity: assignment needs "below capacity, and
 * how far", never the size of a backlog, and counting a long one on every new message is slow.
 */
export async function openLoadUpTo(
  db: Db,
  people: readonly { userId: string; capacity: number }[],
): Promise<Map<string, number>> {
  if (people.length === 0) return new Map();
  const c = conversations;
  const rows = await selectRows<{ id: string; n: number }>(
    db,
    sql`select p.id, (select count(*)::int from (select 1 from ${c}
        where ${c.assigneeId} = p.id and ${c.status} in ('open', 'pending') limit p.cap) as capped) as n
      from unnest(${sql.param(people.map((p) => p.userId))}::uuid[], ${sql.param(people.map((p) => p.capacity))}::int[])
        as p(id, cap)`,
  );
  return new Map(rows.map((row) => [row.id, Number(row.n)]));
}

/** Whether the member wrote in the conversation after a moment (listening's outreach: did they answer?). */
export async function memberWroteSince(db: Db, id: string, since: Date): Promise<boolean> {
  const conversation = await findConversation(db, id);
  return (conversation?.lastMemberMessageAt?.getTime() ?? 0) > since.getTime();
}
