import type { AppContext } from '../../context.ts';
import { newId } from '../../core/ids.ts';
import type { Tx } from '../../db/index.ts';
import { announceConversation } from './live.ts';
import { updateConversation, type ConversationRow, type NewConversation } from './queries/conversations.ts';
import { insertActivity } from './queries/messages.ts';
import { slaStateOf } from './sla-state.ts';

/** One line on the conversation's timeline. */
export async function logActivity(
  tx: Tx,
  ctx: AppContext,
  conversationId: string,
  kind: string,
  actorId: string | null,
  data: Record<string, unknown>,
): Promise<void> {
  await insertActivity(tx.db, {
    id: newId(),
    conversationId,
    kind,
    actorId,
    data,
    createdAt: ctx.clock.now(),
  });
}

/**
 * Applies a change with the SLA worked out for the changed conversation (a status, team or new
 * message moves the clocks) in one write, and tells open screens.
 */
export async function saveConversation(
  tx: Tx,
  ctx: AppContext,
  conversation: ConversationRow,
  patch: Partial<NewConversation>,
): Promise<ConversationRow> {
  const changed = { ...conversation, ...patch } as ConversationRow;
  const sla = await slaStateOf(tx.db, changed, ctx.clock.now());
  const saved = await updateConversation(tx.db, conversation.id, { ...patch, ...sla.patch });
  await announceConversation(tx, ctx, conversation.id);
  return saved;
}
