import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { decodeCursor, encodeCursor } from '../../../core/pagination.ts';
import { namesFor, toSummary } from '../dto.ts';
import { inboxPolicy } from '../policy.ts';
import {
  countViews,
  listConversations,
  openStatuses,
  type ConversationFilter,
} from '../queries/conversations.ts';
import { teamsOf } from '../queries/teams.ts';
import type { conversationListSchema, ListQuery } from '../schemas.ts';

const cursorSchema = z.object({ at: z.string(), id: z.uuid() });
/** "Breaching soon": due within the hour, or already overdue. */
const soonMs = 60 * 60_000;

function viewFilter(query: ListQuery, actor: Actor, now: Date): Partial<ConversationFilter> {
  switch (query.view) {
    case 'mine':
      return { assigneeId: actor.userId };
    case 'unassigned':
      return { assigneeId: null, statuses: ['open'] };
    case 'breaching':
      return { dueBefore: new Date(now.getTime() + soonMs), order: 'due', statuses: ['open', 'snoozed'] };
    case 'resolved':
      return { statuses: ['resolved'] };
    default:
      return {};
  }
}

/** The inbox list: one view plus filters, newest activity first (soonest due for "breaching soon"). */
export async function listInbox(
  ctx: AppContext,
  actor: Actor | null,
  query: ListQuery,
): Promise<z.infer<typeof conversationListSchema>> {
  const worker = inboxPolicy.authorize(actor, 'work');
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const fromView = viewFilter(query, worker, now);
  const after = decodeCursor(query.cursor, cursorSchema);
  const limited = worker.role === 'agent';
  const filter: ConversationFilter = {
    statuses: query.status ? [query.status] : [...openStatuses],
    order: 'recent',
    ...fromView,
    teamId: query.teamId,
    channel: query.channel,
    priority: query.priority,
    tag: query.tag,
    after: after ? { at: new Date(after.at), id: after.id } : undefined,
    limit: query.limit + 1,
    restrictedVisibleTo: limited
      ? { userId: worker.userId, teamIds: await teamsOf(db, worker.userId) }
      : undefined,
  };
  if (query.status && fromView.statuses)
    filter.statuses = fromView.statuses.filter((s) => s === query.status);
  const rows = await listConversations(db, filter);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const key = filter.order === 'due' ? last?.nextDueAt : last?.lastMessageAt;
  const names = await namesFor(
    db,
    page.map((row) => row.assigneeId),
  );
  return {
    items: page.map((row) => toSummary(row, names)),
    nextCursor:
      rows.length > query.limit && last && key ? encodeCursor({ at: key.toISOString(), id: last.id }) : null,
    // Counts follow the same visibility as the list: a private escalation is not counted for outsiders.
    counts: await countViews(db, worker.userId, new Date(now.getTime() + soonMs), filter.restrictedVisibleTo),
  };
}
