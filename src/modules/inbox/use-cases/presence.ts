import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { loadConversation } from '../load.ts';
import { presenceChanged } from '../live.ts';
import { inboxRoles } from '../policy.ts';

/**
 * "Who else is here": viewing and typing are announced live and kept by each screen for a short
 * while (the page repeats them every few seconds), so nothing needs storing or cleaning up.
 */
export async function announcePresence(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  state: 'viewing' | 'typing' | 'left',
): Promise<void> {
  await ctx.database.transaction(async (tx) => {
    const { worker } = await loadConversation(tx.db, actor, id);
    await ctx.live.publish(tx, {
      type: presenceChanged,
      audience: { roles: inboxRoles },
      data: {
        conversationId: id,
        userId: worker.userId,
        name: worker.name,
        state,
        at: ctx.clock.now().toISOString(),
      },
    });
  });
}
