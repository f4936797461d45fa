import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { roles } from '../../../core/roles.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { toSpace, type SpaceDto } from '../dto.ts';
import { fail } from '../errors.ts';
import { spacePolicy } from '../policy.ts';
import { addModerator, findSpace, moderatorsOf, removeModerator } from '../queries.ts';

/** Checks that a user id belongs to an account; given by the accounts module. */
export type UserExists = (userId: string) => Promise<boolean>;

export async function addSpaceModerator(
  ctx: AppContext,
  actor: Actor | null,
  spaceId: string,
  userId: string,
  userExists: UserExists,
  meta: RequestMeta,
): Promise<SpaceDto> {
  const admin = spacePolicy.authorize(actor, 'spaces.manage');
  if (!(await userExists(userId)))
    throw fail.SPACE_MODERATOR_NOT_FOUND({ message: 'There is no user with that id.' });
  return ctx.database.transaction(async (tx) => {
    const space = await findSpace(tx.db, { id: spaceId });
    if (!space) throw fail.SPACE_NOT_FOUND();
    await addModerator(tx.db, spaceId, userId, ctx.clock.now());
    await recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'admin.space_moderator_added',
      targetType: 'space',
      targetId: spaceId,
      ip: meta.ip,
      data: { userId },
    });
    // The moderator's own pages gain (or lose) their staff queues; other admins' lists refresh.
    await ctx.live.publish(tx, { type: 'spaces.changed', audience: { roles }, data: { spaceId } });
    return toSpace(space, (await moderatorsOf(tx.db, [spaceId])).get(spaceId) ?? [], admin);
  });
}

export async function removeSpaceModerator(
  ctx: AppContext,
  actor: Actor | null,
  spaceId: string,
  userId: string,
  meta: RequestMeta,
): Promise<SpaceDto> {
  const admin = spacePolicy.authorize(actor, 'spaces.manage');
  return ctx.database.transaction(async (tx) => {
    const space = await findSpace(tx.db, { id: spaceId });
    if (!space) throw fail.SPACE_NOT_FOUND();
    if (!(await removeModerator(tx.db, spaceId, userId))) throw fail.SPACE_MODERATOR_NOT_FOUND();
    await recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'admin.space_moderator_removed',
      targetType: 'space',
      targetId: spaceId,
      ip: meta.ip,
      data: { userId },
    });
    // The moderator's own pages gain (or lose) their staff queues; other admins' lists refresh.
    await ctx.live.publish(tx, { type: 'spaces.changed', audience: { roles }, data: { spaceId } });
    return toSpace(space, (await moderatorsOf(tx.db, [spaceId])).get(spaceId) ?? [], admin);
  });
}
