import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { loadReadable } from '../load.ts';
import { canModerate } from '../policy.ts';
import { updateThread } from '../queries/threads.ts';
import type { ThreadDto, ThreadStateInput } from '../schemas.ts';
import { threadView } from './thread-view.ts';

/** Pin, lock or close a thread (and undo each); moderators of its space only, audited. */
export async function setThreadState(
  ctx: AppContext,
  actor: Actor | null,
  threadId: string,
  input: ThreadStateInput,
  meta: RequestMeta,
): Promise<ThreadDto> {
  const moderator = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadReadable(tx.db, threadId, moderator, true);
    if (!canModerate(scope, moderator)) throw fail.MODERATION_FORBIDDEN();
    const now = ctx.clock.now();
    const at = (on: boolean | undefined, current: Date | null) =>
      on === undefined ? current : on ? (current ?? now) : null;
    const thread = await updateThread(tx.db, threadId, {
      pinnedAt: at(input.pinned, scope.thread.pinnedAt),
      lockedAt: at(input.locked, scope.thread.lockedAt),
      closedAt: at(input.closed, scope.thread.closedAt),
    });
    await auditAction(tx, ctx, {
      actorId: moderator.userId,
      action: 'forum.thread_state_changed',
      targetType: 'thread',
      targetId: threadId,
      meta,
      data: { ...input },
    });
    const next = { ...scope, thread };
    await announceThreadChanged(tx, ctx, next);
    return threadView(tx.db, next, moderator);
  });
}
