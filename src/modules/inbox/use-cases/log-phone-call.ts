import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { htmlToText, renderMarkdown } from '../../../core/markdown.ts';
import { textToHtml } from '../../../core/text.ts';
import { userCards } from '../../accounts/index.ts';
import { inboxPolicy } from '../policy.ts';
import type { ConversationDetailDto, phoneNoteSchema } from '../schemas.ts';
import { ingestMessage } from './ingest-message.ts';
import { conversationDetail } from './read-conversation.ts';
import { findConversation } from '../queries/conversations.ts';
import { fail } from '../errors.ts';

/**
 * A phone call logged by staff becomes a conversation like any other: routed, with its SLA.
 * When the agent answered on the call, that counts as the first response.
 */
export async function logPhoneCall(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof phoneNoteSchema>,
): Promise<ConversationDetailDto> {
  const worker = inboxPolicy.authorize(actor, 'work');
  return ctx.database.transaction(async (tx) => {
    const member = input.memberId
      ? (await userCards(tx.db, [input.memberId])).get(input.memberId)
      : undefined;
    const html = renderMarkdown(input.summary);
    const now = ctx.clock.now();
    const ref = newId();
    const common = { channel: 'phone', conversationRef: ref, subject: input.subject, opens: true, at: now };
    const from = {
      memberId: member?.id ?? null,
      name: member?.name ?? input.name,
      address: input.phone || null,
    };
    const result = await ingestMessage(tx, ctx, {
      ...common,
      externalId: null,
      text: htmlToText(html),
      html,
      from,
      direction: 'in',
      context: { memberRole: member?.role ?? null, tags: ['phone'] },
    });
    if (input.answeredOnCall)
      await ingestMessage(tx, ctx, {
        ...common,
        externalId: null,
        text: `Answered on the call by ${worker.name}.`,
        html: textToHtml(`Answered on the call by ${worker.name}.`),
        from: { ...from, name: worker.name },
        direction: 'out',
        authorId: worker.userId,
      });
    const conversation = result.conversationId
      ? await findConversation(tx.db, result.conversationId)
      : undefined;
    if (!conversation) throw fail.CONVERSATION_NOT_FOUND();
    return conversationDetail(tx.db, conversation, now);
  });
}
