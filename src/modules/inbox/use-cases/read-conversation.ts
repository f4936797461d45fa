import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { channelOf } from '../channels/channel.ts';
import { namesFor, toSummary } from '../dto.ts';
import { loadConversation } from '../load.ts';
import type { ConversationRow } from '../queries/conversations.ts';
import { latestCsatOf, scopeChangesOf } from '../queries/extras.ts';
import { activityOf, messagesOf } from '../queries/messages.ts';
import type { ConversationDetailDto } from '../schemas.ts';
import { slaStateOf } from '../sla-state.ts';

function linkOf(row: ConversationRow): string | null {
  return row.channel === 'forum' ? `/t/${row.channelRef}` : null;
}

/** Everything an agent needs on one screen: messages, notes, timeline, clocks and the routing trace. */
export async function readConversation(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<ConversationDetailDto> {
  const db = ctx.database.db;
  const { conversation } = await loadConversation(db, actor, id);
  return conversationDetail(db, conversation, ctx.clock.now());
}

export async function conversationDetail(
  db: Db,
  row: ConversationRow,
  now: Date,
): Promise<ConversationDetailDto> {
  const [messages, activity, scope, csat, sla] = [
    await messagesOf(db, row.id),
    await activityOf(db, row.id),
    await scopeChangesOf(db, row.id),
    await latestCsatOf(db, row.id),
    await slaStateOf(db, row, now),
  ];
  const names = await namesFor(db, [
    row.assigneeId,
    ...activity.map((entry) => entry.actorId),
    ...scope.map((entry) => entry.recordedBy),
  ]);
  const channel = channelOf(row.channel);
  const suggested = row.suggestedTeamId ? names.teams.get(row.suggestedTeamId) : undefined;
  const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
  return {
    ...toSummary(row, names),
    channelLabel: channel?.label ?? row.channel,
    canReply: channel?.canReply ?? false,
    link: linkOf(row),
    slaPolicy: sla.policy ? { id: sla.policy.id, name: sla.policy.name } : null,
    clocks: (sla.plan?.clocks ?? []).map((clock) => ({
      metric: clock.metric,
      dueAt: iso(clock.dueAt),
      metAt: iso(clock.metAt),
      breached: clock.breached,
      remainingMinutes: clock.remainingMs === null ? null : Math.round(clock.remainingMs / 60_000),
    })),
    routeTrace: row.routeTrace,
    suggestedTeam:
      row.suggestedTeamId && suggested
        ? { id: row.suggestedTeamId, name: suggested, confidence: row.suggestionConfidence ?? 0 }
        : null,
    messages: messages.map((message) => ({
      id: message.id,
      direction: message.direction as 'in' | 'out' | 'note' | 'community',
      author: { id: message.authorId, name: message.authorName },
      automated: message.automated,
      html: message.bodyHtml,
      deliveryStatus: message.deliveryStatus,
      createdAt: message.createdAt.toISOString(),
    })),
    activity: activity.map((entry) => {
      const card = entry.actorId ? names.cards.get(entry.actorId) : undefined;
      return {
        id: entry.id,
        kind: entry.kind,
        actor: card ? { id: card.id, name: card.name } : null,
        data: entry.data,
        createdAt: entry.createdAt.toISOString(),
      };
    }),
    scopeChanges: scope.map((entry) => {
      const card = names.cards.get(entry.recordedBy);
      return {
        id: entry.id,
        what: entry.what,
        oldValue: entry.oldValue,
        newValue: entry.newValue,
        agreedBy: entry.agreedBy,
        recordedBy: card ? { id: card.id, name: card.name } : null,
        createdAt: entry.createdAt.toISOString(),
      };
    }),
    csat: csat ? { rating: csat.rating, comment: csat.comment } : null,
  };
}
