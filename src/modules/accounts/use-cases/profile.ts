import type { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireSession } from '../../../core/policy.ts';
import { toMe, type MeDto } from '../dto.ts';
import { userOf } from './authenticate.ts';
import { announceCredentialsChanged, announceUserChanged, audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { checkPassword, hashPassword } from '../passwords.ts';
import { accountPolicy } from '../policy.ts';
import { revokeSessionsOf } from '../queries/sessions.ts';
import { findUserById, lockUser, updateUser } from '../queries/users.ts';
import type { changePasswordSchema, updateProfileSchema } from '../schemas.ts';

export async function getMe(ctx: AppContext, actor: Actor | null): Promise<MeDto> {
  const me = accountPolicy.authorize(actor, 'account.manage');
  const user = userOf(me) ?? (await findUserById(ctx.database.db, me.userId));
  if (!user) throw fail.USER_NOT_FOUND();
  return toMe(user);
}

export async function updateProfile(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof updateProfileSchema>,
  meta: RequestMeta,
): Promise<MeDto> {
  const me = accountPolicy.authorize(actor, 'account.manage');
  return ctx.database.transaction(async (tx) => {
    const user = await updateUser(tx.db, me.userId, { name: input.name, updatedAt: ctx.clock.now() });
    await audit(tx, ctx, meta, {
      actorId: me.userId,
      action: 'account.profile_updated',
      targetId: me.userId,
    });
    await announceUserChanged(tx, ctx, me.userId);
    return toMe(user);
  });
}

/** Needs the current password; every other device is signed out, this one stays. */
export async function changePassword(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof changePasswordSchema>,
  meta: RequestMeta,
): Promise<void> {
  const me = accountPolicy.authorize(requireSession(actor), 'account.manage');
  const user = await findUserById(ctx.database.db, me.userId);
  if (!user) throw fail.USER_NOT_FOUND();
  if (!(await checkPassword(user.passwordHash, input.currentPassword))) {
    await ctx.database.transaction((tx) =>
      audit(tx, ctx, meta, {
        actorId: me.userId,
        action: 'auth.password_change_failed',
        targetId: me.userId,
      }),
    );
    throw fail.AUTH_CURRENT_PASSWORD_WRONG({
      fields: [{ path: 'currentPassword', message: 'Not your current password.' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.database.transaction(async (tx) => {
    const locked = await lockUser(tx.db, me.userId);
    // The password changed while we were hashing: the check above no longer holds.
    if (!locked || locked.passwordHash !== user.passwordHash) throw fail.AUTH_CURRENT_PASSWORD_WRONG();
    const now = ctx.clock.now();
    await updateUser(tx.db, me.userId, { passwordHash, updatedAt: now });
    await revokeSessionsOf(tx.db, me.userId, now, me.sessionId ?? undefined);
    await audit(tx, ctx, meta, { actorId: me.userId, action: 'auth.password_changed', targetId: me.userId });
    await announceCredentialsChanged(tx, ctx, me.userId);
  });
}
