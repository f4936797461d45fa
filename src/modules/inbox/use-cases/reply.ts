import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { htmlToText, renderMarkdown } from '../../../core/markdown.ts';
import { channelOf } from '../channels/channel.ts';
import { logActivity, saveConversation } from '../changes.ts';
import { fail } from '../errors.ts';
import { loadConversation } from '../load.ts';
import { findConversation } from '../queries/conversations.ts';
import { lastReplyOf, messagesOf } from '../queries/messages.ts';
import type { ConversationDetailDto, ReplyInput } from '../schemas.ts';
import { conversationDetail } from './read-conversation.ts';
import { requestRating } from './request-rating.ts';

/**
 * Two agents answering the same person at once is the classic inbox accident: if someone else
 * replied after the newest message this agent had seen, the reply waits for their confirmation.
 */
async function checkCollision(ctx: AppContext, actor: Actor, id: string, input: ReplyInput): Promise<void> {
  if (input.confirm) return;
  const db = ctx.database.db;
  const latest = await lastReplyOf(db, id);
  if (!latest || latest.authorId === actor.userId || latest.id === input.lastSeenMessageId) return;
  const order = (await messagesOf(db, id)).map((message) => message.id);
  const seenAt = input.lastSeenMessageId ? order.indexOf(input.lastSeenMessageId) : -1;
  if (order.indexOf(latest.id) > seenAt)
    throw fail.REPLY_COLLISION({
      message: `${latest.authorName ?? 'Someone'} replied since you opened this conversation. Read their reply, then send again to confirm.`,
    });
}

/** Sends the reply into the conversation's own channel, then sets the status the agent chose. */
export async function replyToConversation(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: ReplyInput,
): Promise<ConversationDetailDto> {
  const { worker, conversation } = await loadConversation(ctx.database.db, actor, id);
  const channel = channelOf(conversation.channel);
  if (!channel?.canReply) throw fail.CHANNEL_CANNOT_REPLY();
  await checkCollision(ctx, worker, id, input);
  const html = renderMarkdown(input.markdown);
  await channel.deliver(ctx, {
    conversation,
    agent: worker,
    markdown: input.markdown,
    text: htmlToText(html),
    html,
  });
  return ctx.database.transaction(async (tx) => {
    const current = await findConversation(tx.db, id, true);
    if (!current) throw fail.CONVERSATION_NOT_FOUND();
    const now = ctx.clock.now();
    const first = current.firstResponseAt === null ? { firstResponseAt: now } : {};
    const status = input.then !== current.status ? input.then : undefined;
    if (status) await logActivity(tx, ctx, id, 'status', worker.userId, { from: current.status, to: status });
    const saved = await saveConversation(tx, ctx, current, {
      ...first,
      lastMessageAt: now,
      ...(current.assigneeId === null ? { assigneeId: worker.userId } : {}),
      ...(status
        ? { status, snoozedUntil: null, ...(status === 'resolved' ? { resolvedAt: now } : {}) }
        : {}),
    });
    if (status === 'resolved') await requestRating(tx, ctx, saved);
    return conversationDetail(tx.db, saved, now);
  });
}
