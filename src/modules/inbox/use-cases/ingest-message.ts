import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { saveConversation } from '../changes.ts';
import { stateConversationOpened } from '../facts.ts';
import {
  findByChannelRef,
  insertConversation,
  type ConversationRow,
  type NewConversation,
} from '../queries/conversations.ts';
import { findMessageByExternalId, insertActivity, insertMessage } from '../queries/messages.ts';
import { findTeam } from '../queries/teams.ts';
import { routeNew } from '../route-new.ts';
import { pickAgent } from '../team-agents.ts';

/** One message as a channel hands it over; the same shape for every channel. */
export interface InboundMessage {
  channel: string;
  /** The channel's key for the conversation: messages with the same key belong together. */
  conversationRef: string;
  /** The channel's id of this message, unique within the channel: a second delivery is ignored. */
  externalId: string | null;
  subject: string;
  text: string;
  html: string;
  from: { memberId: string | null; name: string | null; address: string | null };
  at: Date;
  /**
   * in: the member wrote; out: someone answered them outside the inbox (staff in the forum, a
   * brand reply); community: another member joined in (shown, but no SLA clock moves).
   */
  direction: 'in' | 'out' | 'community';
  authorId?: string | null;
  automated?: boolean;
  /** Whether this message may start a conversation (false: only join one that exists). */
  opens: boolean;
  context?: {
    space?: string | null;
    memberRole?: string | null;
    tags?: string[];
    intent?: string | null;
    sentiment?: number | null;
  };
}

export interface IngestResult {
  conversationId: string | null;
  messageId: string | null;
  created: boolean;
  duplicate: boolean;
}

async function openConversation(tx: Tx, ctx: AppContext, inbound: InboundMessage): Promise<ConversationRow> {
  const decision = await routeNew(tx.db, {
    channel: inbound.channel,
    text: `${inbound.subject}\n${inbound.text}`,
    space: inbound.context?.space ?? null,
    tags: inbound.context?.tags ?? [],
    memberRole: inbound.context?.memberRole ?? null,
    intent: inbound.context?.intent ?? null,
    sentiment: inbound.context?.sentiment ?? null,
    at: inbound.at,
  });
  const team = decision.teamId ? await findTeam(tx.db, decision.teamId, true) : undefined;
  const assigneeId = decision.assigneeId ?? (team ? await pickAgent(tx.db, team, ctx.clock.now()) : null);
  const conversation = await insertConversation(tx.db, {
    id: newId(),
    channel: inbound.channel,
    channelRef: inbound.conversationRef,
    subject: inbound.subject.slice(0, 300) || '(no subject)',
    memberId: inbound.from.memberId,
    contactName: inbound.from.name,
    contactAddress: inbound.from.address,
    teamId: decision.teamId,
    assigneeId,
    status: 'open',
    priority: decision.priority,
    tags: decision.tags,
    slaPolicyId: decision.slaPolicyId,
    routeTrace: decision.trace,
    suggestedTeamId: decision.suggestedTeamId,
    suggestionConfidence: decision.suggestionConfidence,
    lastMessageAt: inbound.at,
    createdAt: inbound.at,
  });
  await insertActivity(tx.db, {
    id: newId(),
    conversationId: conversation.id,
    kind: 'routed',
    actorId: null,
    data: {
      teamId: decision.teamId,
      assigneeId,
      priority: decision.priority,
      slaPolicyId: decision.slaPolicyId,
    },
    createdAt: inbound.at,
  });
  await stateConversationOpened(tx, ctx, {
    conversationId: conversation.id,
    subject: conversation.subject,
    text: inbound.text.slice(0, 280),
    contact: { ...inbound.from, channel: inbound.channel },
    at: inbound.at.toISOString(),
  });
  return conversation;
}

/** What the new message changes: reopen on a member's word, first response on a human reply. */
function afterMessage(conversation: ConversationRow, inbound: InboundMessage): Partial<NewConversation> {
  const human = !inbound.automated;
  if (inbound.direction === 'community') return { lastMessageAt: inbound.at };
  if (inbound.direction === 'out')
    return {
      lastMessageAt: inbound.at,
      ...(human && conversation.firstResponseAt === null ? { firstResponseAt: inbound.at } : {}),
    };
  const wakes = human && conversation.status !== 'open';
  return {
    lastMessageAt: inbound.at,
    ...(human ? { lastMemberMessageAt: inbound.at } : {}),
    ...(wakes ? { status: 'open', snoozedUntil: null } : {}),
    ...(wakes && conversation.status === 'resolved'
      ? { resolvedAt: null, reopenCount: conversation.reopenCount + 1 }
      : {}),
  };
}

/**
 * The one way in for every channel, in the caller's transaction (stored before the channel
 * acknowledges). A message already received (same external id) changes nothing; a message for
 * a new conversation is routed, assigned and given its SLA; a member writing again reopens.
 */
export async function ingestMessage(tx: Tx, ctx: AppContext, inbound: InboundMessage): Promise<IngestResult> {
  if (inbound.externalId) {
    const seen = await findMessageByExternalId(tx.db, inbound.externalId);
    if (seen)
      return { conversationId: seen.conversationId, messageId: seen.id, created: false, duplicate: true };
  }
  let conversation = await findByChannelRef(tx.db, inbound.channel, inbound.conversationRef, true);
  const created = !conversation;
  if (!conversation) {
    if (!inbound.opens || inbound.direction !== 'in')
      return { conversationId: null, messageId: null, created: false, duplicate: false };
    conversation = await openConversation(tx, ctx, inbound);
  }
  const message = await insertMessage(tx.db, {
    id: newId(),
    conversationId: conversation.id,
    direction: inbound.direction,
    authorId: inbound.direction === 'in' ? inbound.from.memberId : (inbound.authorId ?? null),
    authorName: inbound.from.name,
    automated: inbound.automated ?? false,
    bodyText: inbound.text,
    bodyHtml: inbound.html,
    externalId: inbound.externalId,
    createdAt: inbound.at,
  });
  const patch = afterMessage(conversation, inbound);
  if (patch.status === 'open')
    await insertActivity(tx.db, {
      id: newId(),
      conversationId: conversation.id,
      kind: 'status',
      actorId: null,
      data: { from: conversation.status, to: 'open', reason: 'member wrote again' },
      createdAt: inbound.at,
    });
  await saveConversation(tx, ctx, conversation, patch);
  return { conversationId: conversation.id, messageId: message.id, created, duplicate: false };
}
