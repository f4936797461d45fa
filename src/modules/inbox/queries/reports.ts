import { and, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import { activity, conversations, csatRequests, messages } from '../tables.ts';

export interface ReportFilter {
  from: Date;
  to: Date;
  teamId?: string | undefined;
  channel?: string | undefined;
}

function sameSlice(filter: Pick<ReportFilter, 'teamId' | 'channel'>): SQL | undefined {
  return and(
    filter.teamId ? eq(conversations.teamId, filter.teamId) : undefined,
    filter.channel ? eq(conversations.channel, filter.channel) : undefined,
  );
}

/**
 * Conversations opened in the range that a person started: one opened by an auto-reply or a bot
 * alone is left out, as are its clocks.
 */
export async function reportConversations(db: Db, filter: ReportFilter) {
  // Joined, not correlated: drizzle leaves columns of a one-table select unqualified.
  const breaches = db
    .select({ conversationId: activity.conversationId, count: sql<number>`count(*)::int`.as('breach_count') })
    .from(activity)
    .where(eq(activity.kind, 'sla_breach'))
    .groupBy(activity.conversationId)
    .as('breaches');
  return db
    .select({
      id: conversations.id,
      channel: conversations.channel,
      teamId: conversations.teamId,
      assigneeId: conversations.assigneeId,
      createdAt: conversations.createdAt,
      firstResponseAt: conversations.firstResponseAt,
      resolvedAt: conversations.resolvedAt,
      status: conversations.status,
      reopenCount: conversations.reopenCount,
      deflected: conversations.deflected,
      escalated: conversations.escalated,
      slaPolicyId: conversations.slaPolicyId,
      breaches: sql<number>`coalesce(${breaches.count}, 0)`,
    })
    .from(conversations)
    .leftJoin(breaches, eq(breaches.conversationId, conversations.id))
    .where(
      and(
        gte(conversations.createdAt, filter.from),
        lt(conversations.createdAt, filter.to),
        sameSlice(filter),
        sql`exists (select 1 from ${messages} where ${messages.conversationId} = ${conversations.id}
          and ${messages.direction} = 'in' and not ${messages.automated})`,
      ),
    );
}

/** Ratings given in the range for conversations of the slice. */
export async function reportRatings(db: Db, filter: ReportFilter) {
  return db
    .select({
      rating: csatRequests.rating,
      channel: csatRequests.channel,
      teamId: csatRequests.teamId,
      agentId: csatRequests.agentId,
    })
    .from(csatRequests)
    .innerJoin(conversations, eq(conversations.id, csatRequests.conversationId))
    .where(
      and(
        isNotNull(csatRequests.rating),
        gte(csatRequests.answeredAt, filter.from),
        lt(csatRequests.answeredAt, filter.to),
        sameSlice(filter),
      ),
    );
}

/** Conversations open at each moment (opened before it, not resolved by then). */
export async function backlogAt(db: Db, moments: Date[], filter: Omit<ReportFilter, 'from' | 'to'>) {
  if (moments.length === 0) return [];
  const slice = sameSlice(filter);
  const rows = await selectRows<{ at: string | Date; open: number }>(
    db,
    sql`
    select m.at, (select count(*)::int from ${conversations}
      where ${conversations.createdAt} < m.at
        and (${conversations.resolvedAt} is null or ${conversations.resolvedAt} >= m.at)
        ${slice ? sql`and ${slice}` : sql``}) as open
    from unnest(${sql.param(moments.map((moment) => moment.toISOString()))}::timestamptz[]) as m(at)
    order by m.at`,
  );
  return rows.map((row) => ({ at: new Date(row.at), open: Number(row.open) }));
}
