import type { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { roles } from '../../../core/roles.ts';
import { announceCredentialsChanged, audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { accountPolicy } from '../policy.ts';
import { findGroup, groupMembers, setMembership } from '../queries/groups.ts';
import { findUserById } from '../queries/users.ts';
import type { groupMembersSchema } from '../schemas.ts';

type Members = z.infer<typeof groupMembersSchema>;

export async function listGroupMembers(ctx: AppContext, actor: Actor | null, id: string): Promise<Members> {
  accountPolicy.authorize(actor, 'groups.manage');
  if (!(await findGroup(ctx.database.db, id))) throw fail.GROUP_NOT_FOUND();
  return { items: await groupMembers(ctx.database.db, id) };
}

/**
 * Puts someone in a group or takes them out. Their open pages re-check what they may read, since
 * spaces may admit the group.
 */
export async function setGroupMember(
  ctx: AppContext,
  actor: Actor | null,
  groupId: string,
  userId: string,
  member: boolean,
  meta: RequestMeta,
): Promise<Members> {
  const manager = accountPolicy.authorize(actor, 'groups.manage');
  return ctx.database.transaction(async (tx) => {
    if (!(await findGroup(tx.db, groupId))) throw fail.GROUP_NOT_FOUND();
    if (!(await findUserById(tx.db, userId))) throw fail.GROUP_USER_NOT_FOUND();
    const changed = await setMembership(tx.db, groupId, userId, member);
    if (!changed && !member) throw fail.GROUP_MEMBER_NOT_FOUND();
    if (changed) {
      await audit(tx, ctx, meta, {
        actorId: manager.userId,
        action: member ? 'admin.group_member_added' : 'admin.group_member_removed',
        targetType: 'group',
        targetId: groupId,
        data: { userId },
      });
      await ctx.live.publish(tx, { type: 'groups.changed', audience: { roles }, data: { groupId } });
      await announceCredentialsChanged(tx, ctx, userId);
    }
    return { items: await groupMembers(tx.db, groupId) };
  });
}
