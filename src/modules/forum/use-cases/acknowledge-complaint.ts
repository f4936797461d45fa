import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { loadReadable } from '../load.ts';
import { canActAsStaff, isStaff } from '../policy.ts';
import { updateThread } from '../queries/threads.ts';
import type { ThreadDto } from '../schemas.ts';
import { threadView } from './thread-view.ts';

/** Staff say "we have seen this": the first acknowledgement's time is kept. */
export async function acknowledgeComplaint(
  ctx: AppContext,
  actor: Actor | null,
  threadId: string,
  meta: RequestMeta,
): Promise<ThreadDto> {
  const staff = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadReadable(tx.db, threadId, staff, true);
    if (!isStaff(staff) || !canActAsStaff(scope, staff)) throw fail.STAFF_ONLY();
    if (scope.thread.acknowledgedAt) return threadView(tx.db, scope, staff);
    const thread = await updateThread(tx.db, threadId, {
      acknowledgedAt: ctx.clock.now(),
      acknowledgedBy: staff.userId,
    });
    await auditAction(tx, ctx, {
      actorId: staff.userId,
      action: 'forum.complaint_acknowledged',
      targetType: 'thread',
      targetId: threadId,
      meta,
    });
    const next = { ...scope, thread };
    await announceThreadChanged(tx, ctx, next);
    return threadView(tx.db, next, staff);
  });
}
