import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { htmlToText, mentionCandidates, renderMarkdown } from '../../../core/markdown.ts';
import { userCardsByHandles } from '../../accounts/index.ts';
import { saveConversation } from '../changes.ts';
import { loadConversation } from '../load.ts';
import { inboxRoles } from '../policy.ts';
import { insertMessage } from '../queries/messages.ts';
import type { ConversationDetailDto } from '../schemas.ts';
import { notifyNoteMentions } from './notify-inbox.ts';
import { conversationDetail } from './read-conversation.ts';

/** An internal note: never leaves Hearth; @mentions of colleagues notify them. */
export async function addNote(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  markdown: string,
): Promise<ConversationDetailDto> {
  return ctx.database.transaction(async (tx) => {
    const { worker, conversation } = await loadConversation(tx.db, actor, id, true);
    const colleagues = (await userCardsByHandles(tx.db, mentionCandidates(markdown))).filter((card) =>
      (inboxRoles as readonly string[]).includes(card.role),
    );
    const html = renderMarkdown(markdown, {
      mentionable: new Set(colleagues.map((c) => c.handle.toLowerCase())),
    });
    const now = ctx.clock.now();
    await insertMessage(tx.db, {
      id: newId(),
      conversationId: id,
      direction: 'note',
      authorId: worker.userId,
      authorName: worker.name,
      bodyText: htmlToText(html),
      bodyHtml: html,
      createdAt: now,
    });
    await notifyNoteMentions(
      tx,
      ctx,
      conversation,
      colleagues.map((card) => card.id),
      worker.userId,
    );
    const saved = await saveConversation(tx, ctx, conversation, {});
    return conversationDetail(tx.db, saved, now);
  });
}
