import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Role } from '../../../core/roles.ts';
import type { Tx } from '../../../db/index.ts';
import { toAdminUser, type AdminUserDto } from '../dto.ts';
import { announceUserChanged, audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { accountPolicy, type AccountAction } from '../policy.ts';
import { revokeSessionsOf } from '../queries/sessions.ts';
import { countActiveAdmins, lockRoleChanges, lockUser, updateUser, type UserRow } from '../queries/users.ts';

type Change = (
  tx: Tx,
  admin: Actor,
  target: UserRow,
) => Promise<{ user: UserRow; action: string; data?: Record<string, unknown> }>;

/** load → policy → change → audit → announce, shared by every admin action on a user. */
async function changeUser(
  ctx: AppContext,
  actor: Actor | null,
  action: AccountAction,
  userId: string,
  meta: RequestMeta,
  change: Change,
): Promise<AdminUserDto> {
  const admin = accountPolicy.authorize(actor, action);
  return ctx.database.transaction(async (tx) => {
    await lockRoleChanges(tx.db);
    const target = await lockUser(tx.db, userId);
    if (!target) throw fail.USER_NOT_FOUND();
    const result = await change(tx, admin, target);
    await audit(tx, ctx, meta, {
      actorId: admin.userId,
      action: result.action,
      targetId: target.id,
      ...(result.data ? { data: result.data } : {}),
    });
    await announceUserChanged(tx, ctx, target.id);
    return toAdminUser(result.user);
  });
}

/** Hearth must always keep one active admin, or nobody could manage it any more. */
async function guardLastAdmin(tx: Tx, target: UserRow): Promise<void> {
  if (target.role === 'admin' && target.status === 'active' && (await countActiveAdmins(tx.db)) <= 1) {
    throw fail.USER_LAST_ADMIN();
  }
}

export function changeUserRole(
  ctx: AppContext,
  actor: Actor | null,
  userId: string,
  role: Role,
  meta: RequestMeta,
) {
  return changeUser(ctx, actor, 'users.changeRole', userId, meta, async (tx, _admin, target) => {
    if (target.role !== role && role !== 'admin') await guardLastAdmin(tx, target);
    const user = await updateUser(tx.db, target.id, { role, updatedAt: ctx.clock.now() });
    return { user, action: 'admin.user_role_changed', data: { from: target.role, to: role } };
  });
}

/** Suspension signs the user out everywhere at once; their API tokens stop working while suspended. */
export function suspendUser(
  ctx: AppContext,
  actor: Actor | null,
  userId: string,
  reason: string,
  meta: RequestMeta,
) {
  return changeUser(ctx, actor, 'users.suspend', userId, meta, async (tx, admin, target) => {
    if (target.id === admin.userId) throw fail.USER_SELF_SUSPEND();
    await guardLastAdmin(tx, target);
    const now = ctx.clock.now();
    const user = await updateUser(tx.db, target.id, {
      status: 'suspended',
      suspendedReason: reason,
      suspendedAt: now,
      updatedAt: now,
    });
    await revokeSessionsOf(tx.db, target.id, now);
    return { user, action: 'admin.user_suspended', data: { reason } };
  });
}

export function reinstateUser(ctx: AppContext, actor: Actor | null, userId: string, meta: RequestMeta) {
  return changeUser(ctx, actor, 'users.suspend', userId, meta, async (tx, _admin, target) => {
    const user = await updateUser(tx.db, target.id, {
      status: 'active',
      suspendedReason: null,
      suspendedAt: null,
      updatedAt: ctx.clock.now(),
    });
    return { user, action: 'admin.user_reinstated' };
  });
}
