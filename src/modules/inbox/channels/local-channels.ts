import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import { insertMessage } from '../queries/messages.ts';
import type { InboxChannel, OutgoingReply } from './channel.ts';

/** Keeps an agent's reply on the conversation, for channels that do not carry it anywhere themselves. */
export async function recordReply(
  ctx: AppContext,
  reply: OutgoingReply,
  deliveryStatus: string,
): Promise<string> {
  return ctx.database.transaction(async (tx) => {
    const message = await insertMessage(tx.db, {
      id: newId(),
      conversationId: reply.conversation.id,
      direction: 'out',
      authorId: reply.agent.userId,
      authorName: reply.agent.name,
      bodyText: reply.text,
      bodyHtml: reply.html,
      externalId: null,
      deliveryStatus,
      createdAt: ctx.clock.now(),
    });
    return message.id;
  });
}

/**
 * The API channel: other systems post members' messages in (signed); replies wait in Hearth for
 * the source to fetch (GET …/messages), since the source owns the way back to its user.
 */
export const apiChannel: InboxChannel = {
  kind: 'api',
  label: 'API',
  canReply: true,
  deliver: (ctx, reply) => recordReply(ctx, reply, 'stored'),
};

/** Phone calls are logged by staff; a reply is a note of what was said on the callback. */
export const phoneChannel: InboxChannel = {
  kind: 'phone',
  label: 'Phone',
  canReply: true,
  deliver: (ctx, reply) => recordReply(ctx, reply, 'logged'),
};
