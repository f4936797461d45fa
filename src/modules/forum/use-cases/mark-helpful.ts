import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { loadReadablePost } from '../load.ts';
import { canMarkHelpful } from '../policy.ts';
import { setHelpful } from '../queries/posts.ts';
import { bumpThread } from '../queries/threads.ts';

/** "This helped me", separate from likes; marking twice counts once. */
export async function markHelpful(
  ctx: AppContext,
  actor: Actor | null,
  postId: string,
  helpful: boolean,
): Promise<{ helpfulCount: number; helpfulByMe: boolean }> {
  const reader = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const { post, scope } = await loadReadablePost(tx.db, postId, reader);
    if (!canMarkHelpful(scope, reader)) throw fail.HELPFUL_FORBIDDEN();
    if (post.authorId === reader.userId) throw fail.OWN_POST_HELPFUL();
    if (post.number === 1 || post.kind !== 'post')
      throw fail.POST_NOT_FOUND({ message: 'Only replies can be marked helpful.' });
    const helpfulCount = await setHelpful(tx.db, postId, reader.userId, helpful, ctx.clock.now());
    await bumpThread(tx.db, scope.thread.id);
    await announceThreadChanged(tx, ctx, scope);
    return { helpfulCount, helpfulByMe: helpful };
  });
}
