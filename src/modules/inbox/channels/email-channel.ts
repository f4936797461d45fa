import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import { queueMail } from '../../../mail/index.ts';
import { insertMessage, messagesOf } from '../queries/messages.ts';
import type { InboxChannel } from './channel.ts';

export const emailIdPrefix = 'email:';

/** Message-IDs we mint for our replies; the domain comes from the public address. */
export function newMessageId(ctx: AppContext): string {
  return `<${newId()}@${new URL(ctx.config.publicUrl).hostname || 'hearth.local'}>`;
}

function withRe(subject: string): string {
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}

/**
 * Replies leave by SMTP through the mail job, written with the message in one transaction. They
 * carry In-Reply-To and References so the member's mail program threads them, and the member's
 * answer comes back (to the inbound address) into the same conversation.
 */
export const emailChannel: InboxChannel = {
  kind: 'email',
  label: 'Email',
  canReply: true,
  async deliver(ctx, reply) {
    const { conversation } = reply;
    return ctx.database.transaction(async (tx) => {
      const thread = (await messagesOf(tx.db, conversation.id))
        .map((message) => message.externalId)
        .filter((id): id is string => id?.startsWith(emailIdPrefix) === true)
        .map((id) => id.slice(emailIdPrefix.length));
      const messageId = newMessageId(ctx);
      const message = await insertMessage(tx.db, {
        id: newId(),
        conversationId: conversation.id,
        direction: 'out',
        authorId: reply.agent.userId,
        authorName: reply.agent.name,
        bodyText: reply.text,
        bodyHtml: reply.html,
        externalId: `${emailIdPrefix}${messageId}`,
        deliveryStatus: 'queued',
        createdAt: ctx.clock.now(),
      });
      const headers: Record<string, string> = { 'Message-ID': messageId };
      const parent = thread.at(-1);
      if (parent) {
        headers['In-Reply-To'] = parent;
        headers.References = thread.slice(-10).join(' ');
      }
      if (ctx.config.inboundMailAddress) headers['Reply-To'] = ctx.config.inboundMailAddress;
      await queueMail(ctx, tx, {
        to: conversation.contactAddress ?? '',
        subject: withRe(conversation.subject),
        text: `${reply.text}\n\n— ${reply.agent.name}`,
        headers,
      });
      return message.id;
    });
  },
};
