import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { logActivity, saveConversation } from '../changes.ts';
import { loadConversation } from '../load.ts';
import { insertScopeChange } from '../queries/extras.ts';
import type { ConversationDetailDto, scopeChangeInput } from '../schemas.ts';
import { conversationDetail } from './read-conversation.ts';

/** A promise about scope or money is a fact on record (what, from, to, agreed by), not a sentence in a reply. */
export async function recordScopeChange(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof scopeChangeInput>,
): Promise<ConversationDetailDto> {
  return ctx.database.transaction(async (tx) => {
    const { worker, conversation } = await loadConversation(tx.db, actor, id, true);
    const now = ctx.clock.now();
    const entry = await insertScopeChange(tx.db, {
      id: newId(),
      conversationId: id,
      ...input,
      recordedBy: worker.userId,
      createdAt: now,
    });
    await logActivity(tx, ctx, id, 'scope_change', worker.userId, {
      scopeChangeId: entry.id,
      what: input.what,
    });
    const saved = await saveConversation(tx, ctx, conversation, {});
    return conversationDetail(tx.db, saved, now);
  });
}
