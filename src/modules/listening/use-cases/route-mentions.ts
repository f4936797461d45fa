import type { AppContext } from '../../../context.ts';
import type { JobDefinition } from '../../../jobs/index.ts';
import { openMentionConversation } from '../inbox-routing.ts';
import { listeningRoles } from '../policy.ts';
import { findItem, setItemConversation } from '../queries/items.ts';

export const routeMentionsJob = 'listening.route-mentions';
export const mentionRouted = 'listening.routed';

/**
 * Opens the inbox conversations of a stored batch. Ingest decides and records why (in the same
 * transaction as the items) and queues this job, so a burst of mentions is acknowledged at the
 * speed of the stream while the inbox catches up; the SLA clock starts at the mention's own time.
 * Each item is its own transaction and is skipped once it has a conversation, so a retry after a
 * crash opens nothing twice.
 */
export async function routeMentions(ctx: AppContext, itemIds: readonly string[]): Promise<number> {
  let opened = 0;
  for (const id of itemIds)
    await ctx.database.transaction(async (tx) => {
      const item = await findItem(tx.db, id, true);
      if (!item || item.conversationId) return;
      const conversationId = await openMentionConversation(tx, ctx, item);
      if (!conversationId) return;
      await setItemConversation(tx.db, id, conversationId);
      // Streams already showing the mention add its inbox link without a reload.
      await ctx.live.publish(tx, {
        type: mentionRouted,
        audience: { roles: listeningRoles },
        data: { itemId: id, conversationId },
      });
      opened += 1;
    });
  return opened;
}

export function routeJobs(ctx: AppContext): JobDefinition[] {
  const job: JobDefinition<{ itemIds: string[] }> = {
    name: routeMentionsJob,
    handle: async ({ itemIds }) => {
      await routeMentions(ctx, itemIds);
    },
  };
  return [job as JobDefinition];
}
