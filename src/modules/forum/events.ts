import type { AppContext, RequestMeta } from '../../context.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { roles, staffRoles } from '../../core/roles.ts';
import type { Tx } from '../../db/index.ts';
import type { ThreadScope } from './policy.ts';

export const threadChanged = 'forum.thread_changed';

/**
 * Tells open pages a thread changed, and every node to drop its cached copy. Private threads reach
 * only the people in them and staff; events carry ids, never content.
 */
export async function announceThreadChanged(tx: Tx, ctx: AppContext, scope: ThreadScope): Promise<void> {
  const { thread } = scope;
  const data = { threadId: thread.id, spaceId: thread.spaceId };
  if (thread.visibility === 'public') {
    await ctx.live.publish(tx, { type: threadChanged, audience: { roles }, data });
    return;
  }
  const people = [thread.authorId, ...scope.participantIds];
  await ctx.live.publish(tx, { type: threadChanged, audience: { userIds: people }, data });
  if (thread.visibility === 'private')
    await ctx.live.publish(tx, { type: threadChanged, audience: { roles: staffRoles }, data });
}

/** Every staff and moderator action lands in the audit log, in the action's own transaction. */
export async function auditAction(
  tx: Tx,
  ctx: AppContext,
  entry: {
    actorId: string;
    action: string;
    targetType: 'thread' | 'post';
    targetId: string;
    meta: RequestMeta;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await recordAuditEvent(tx, ctx.clock, {
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    ip: entry.meta.ip,
    ...(entry.data ? { data: entry.data } : {}),
  });
}

export const flagsChanged = 'forum.flags_changed';

/** The moderation queue changed: staff, and the moderators of this thread's space, refresh it. */
export async function announceFlagsChanged(
  tx: Tx,
  ctx: AppContext,
  scope: ThreadScope,
  postId: string,
): Promise<void> {
  await ctx.live.publish(tx, { type: flagsChanged, audience: { roles: staffRoles }, data: { postId } });
  const spaceModerators = scope.space?.moderatorIds ?? [];
  if (spaceModerators.length > 0)
    await ctx.live.publish(tx, {
      type: flagsChanged,
      audience: { userIds: spaceModerators },
      data: { postId },
    });
}
