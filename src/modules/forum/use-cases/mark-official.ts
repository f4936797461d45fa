import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { toPost } from '../dto.ts';
import { auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { cardsFor, loadReadablePost } from '../load.ts';
import { canActAsStaff, isStaff } from '../policy.ts';
import { clearOfficial, updatePost } from '../queries/posts.ts';
import { bumpThread } from '../queries/threads.ts';
import type { PostDto } from '../schemas.ts';
import { isRole, staffRoles } from '../../../core/roles.ts';

/** One staff reply per thread can be the organisation's official response. */
export async function markOfficial(
  ctx: AppContext,
  actor: Actor | null,
  postId: string,
  official: boolean,
  meta: RequestMeta,
): Promise<PostDto> {
  const staff = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const { post, scope } = await loadReadablePost(tx.db, postId, staff, true);
    if (!isStaff(staff) || !canActAsStaff(scope, staff)) throw fail.STAFF_ONLY();
    const cards = await cardsFor(tx.db, [post.authorId]);
    const role = cards.get(post.authorId)?.role ?? '';
    if (post.number === 1 || post.kind !== 'post' || !isRole(role) || !staffRoles.includes(role))
      throw fail.OFFICIAL_NEEDS_STAFF_POST();
    if (official) await clearOfficial(tx.db, scope.thread.id);
    const updated = await updatePost(tx.db, postId, { official });
    await bumpThread(tx.db, scope.thread.id);
    await auditAction(tx, ctx, {
      actorId: staff.userId,
      action: official ? 'forum.official_marked' : 'forum.official_unmarked',
      targetType: 'post',
      targetId: postId,
      meta,
      data: { threadId: scope.thread.id },
    });
    await announceThreadChanged(tx, ctx, scope);
    return toPost(updated, { scope, actor: staff, cards, helpfulByMe: new Set() });
  });
}
