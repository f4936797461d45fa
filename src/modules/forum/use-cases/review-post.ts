import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { toPost } from '../dto.ts';
import { announceFlagsChanged, auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { cardsFor, loadReadablePost } from '../load.ts';
import { canModerate } from '../policy.ts';
import { resolveFlags } from '../queries/flags.ts';
import { updatePost } from '../queries/posts.ts';
import { bumpThread } from '../queries/threads.ts';
import type { PostDto, reviewActions } from '../schemas.ts';

/**
 * A moderator's decision on a post: hide it (flags upheld), unhide it, or dismiss the flags (which
 * also brings back a post the flags hid). Audited.
 */
export async function reviewPost(
  ctx: AppContext,
  actor: Actor | null,
  postId: string,
  action: (typeof reviewActions)[number],
  meta: RequestMeta,
): Promise<PostDto> {
  const moderator = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const { post, scope } = await loadReadablePost(tx.db, postId, moderator, true);
    if (!canModerate(scope, moderator)) throw fail.MODERATION_FORBIDDEN();
    const now = ctx.clock.now();
    const hide = action === 'hide';
    const resolved = await resolveFlags(tx.db, postId, moderator.userId, hide ? 'hidden' : 'dismissed', now);
    if (action === 'dismiss' && resolved === 0) throw fail.FLAG_NOT_FOUND();
    const restore = action === 'unhide' || (action === 'dismiss' && post.hiddenReason === 'flags');
    const updated = hide
      ? await updatePost(tx.db, postId, { hiddenAt: post.hiddenAt ?? now, hiddenReason: 'moderator' })
      : restore
        ? await updatePost(tx.db, postId, { hiddenAt: null, hiddenReason: null })
        : post;
    await bumpThread(tx.db, scope.thread.id);
    await auditAction(tx, ctx, {
      actorId: moderator.userId,
      action: `forum.post_${action === 'dismiss' ? 'flags_dismissed' : action === 'hide' ? 'hidden' : 'unhidden'}`,
      targetType: 'post',
      targetId: postId,
      meta,
      data: { threadId: scope.thread.id, flagsResolved: resolved },
    });
    await announceThreadChanged(tx, ctx, scope);
    await announceFlagsChanged(tx, ctx, scope, postId);
    const cards = await cardsFor(tx.db, [post.authorId]);
    return toPost(updated, { scope, actor: moderator, cards, helpfulByMe: new Set() });
  });
}
