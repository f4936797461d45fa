import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { canModerateSpace, loadSpace, spaceErrors } from '../../spaces/index.ts';
import { auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { loadReadable } from '../load.ts';
import { canModerate } from '../policy.ts';
import { updateThread } from '../queries/threads.ts';
import type { ThreadDto } from '../schemas.ts';
import { threadView } from './thread-view.ts';

/**
 * Moves a thread to another space; the mover must moderate both. A thread moved into a complaints
 * space becomes private; one moved out of it stays private until staff say otherwise.
 */
export async function moveThread(
  ctx: AppContext,
  actor: Actor | null,
  threadId: string,
  targetSlug: string,
  meta: RequestMeta,
): Promise<ThreadDto> {
  const moderator = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadReadable(tx.db, threadId, moderator, true);
    if (scope.thread.visibility === 'direct' || !canModerate(scope, moderator))
      throw fail.MODERATION_FORBIDDEN();
    const target = await loadSpace(tx.db, { slug: targetSlug });
    if (!target) throw spaceErrors.raise.SPACE_NOT_FOUND();
    if (!canModerateSpace(moderator, target.moderatorIds)) throw fail.MODERATION_FORBIDDEN();
    const before = { ...scope };
    const thread = await updateThread(tx.db, threadId, {
      spaceId: target.id,
      ...(target.kind === 'complaints' ? { visibility: 'private' } : {}),
      // An accepted answer only means something in a questions space.
      ...(target.kind !== 'questions'
        ? { acceptedPostId: null, solvedAt: null, solvedByCommunity: false }
        : {}),
    });
    await auditAction(tx, ctx, {
      actorId: moderator.userId,
      action: 'forum.thread_moved',
      targetType: 'thread',
      targetId: threadId,
      meta,
      data: { from: scope.space?.slug ?? null, to: target.slug },
    });
    const next = { ...scope, thread, space: target };
    await announceThreadChanged(tx, ctx, before);
    await announceThreadChanged(tx, ctx, next);
    return threadView(tx.db, next, moderator);
  });
}
