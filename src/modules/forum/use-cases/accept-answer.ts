import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { notify } from '../../notifications/index.ts';
import { auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { stateAnswerAccepted } from '../facts.ts';
import { cardsFor, loadReadable } from '../load.ts';
import { canAccept } from '../policy.ts';
import { staffRoles } from '../../../core/roles.ts';
import { findPost } from '../queries/posts.ts';
import { updateThread } from '../queries/threads.ts';
import type { ThreadDto } from '../schemas.ts';
import { threadView } from './thread-view.ts';

/**
 * The asker (or staff) picks one reply as the solution. When its author is a member and not staff,
 * the community solved it. Accepting another reply replaces the first.
 */
export async function acceptAnswer(
  ctx: AppContext,
  actor: Actor | null,
  threadId: string,
  postId: string | null,
  meta: RequestMeta,
): Promise<ThreadDto> {
  const chooser = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadReadable(tx.db, threadId, chooser, true);
    if (scope.space?.kind !== 'questions') throw fail.NOT_A_QUESTION();
    if (!canAccept(scope, chooser)) throw fail.ACCEPT_FORBIDDEN();
    const post = postId ? await findPost(tx.db, postId) : null;
    if (postId && (!post || post.threadId !== threadId || post.kind !== 'post')) throw fail.POST_NOT_FOUND();
    if (post?.number === 1) throw fail.ANSWER_IS_QUESTION();
    const answerer = post ? (await cardsFor(tx.db, [post.authorId])).get(post.authorId) : undefined;
    const byCommunity = answerer !== undefined && !(staffRoles as readonly string[]).includes(answerer.role);
    const now = ctx.clock.now();
    const thread = await updateThread(tx.db, threadId, {
      acceptedPostId: post?.id ?? null,
      solvedAt: post ? now : null,
      solvedByCommunity: post ? byCommunity : false,
    });
    if (chooser.userId !== scope.thread.authorId)
      await auditAction(tx, ctx, {
        actorId: chooser.userId,
        action: post ? 'forum.answer_accepted' : 'forum.answer_unaccepted',
        targetType: 'thread',
        targetId: threadId,
        meta,
        data: { postId: post?.id ?? scope.thread.acceptedPostId },
      });
    if (post && post.authorId !== chooser.userId)
      await notify(tx, ctx, [
        {
          userId: post.authorId,
          kind: 'accepted',
          actorId: chooser.userId,
          threadId,
          postId: post.id,
          title: thread.title,
        },
      ]);
    const next = { ...scope, thread };
    await announceThreadChanged(tx, ctx, next);
    await stateAnswerAccepted(tx, ctx, next, chooser, now, {
      authorId: post?.authorId ?? null,
      previousPostId: scope.thread.acceptedPostId,
    });
    return threadView(tx.db, next, chooser);
  });
}
