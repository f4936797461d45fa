import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import { inboxRoles } from './policy.ts';

export const conversationChanged = 'inbox.conversation_changed';
export const presenceChanged = 'inbox.presence';

/** Every agent's inbox list and any open copy of the conversation refresh; events carry ids only. */
export async function announceConversation(tx: Tx, ctx: AppContext, conversationId: string): Promise<void> {
  await ctx.live.publish(tx, {
    type: conversationChanged,
    audience: { roles: inboxRoles },
    data: { conversationId },
  });
}
