import type { AppContext } from '../../../context.ts';
import { announceUserChanged, audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { findUserByEmail, lockRoleChanges, updateUser } from '../queries/users.ts';

/**
 * For whoever runs the server (`hearth make-admin`): the way back in when no active admin is
 * left, or to appoint the first one on an installation without the demo.
 */
export async function makeAdminFromConsole(ctx: AppContext, email: string): Promise<void> {
  await ctx.database.transaction(async (tx) => {
    await lockRoleChanges(tx.db);
    const user = await findUserByEmail(tx.db, email.trim().toLowerCase());
    if (!user) throw fail.USER_NOT_FOUND();
    const now = ctx.clock.now();
    await updateUser(tx.db, user.id, {
      role: 'admin',
      status: 'active',
      suspendedReason: null,
      suspendedAt: null,
      updatedAt: now,
    });
    await audit(
      tx,
      ctx,
      { ip: null, userAgent: 'hearth make-admin' },
      {
        actorId: null,
        action: 'console.user_made_admin',
        targetId: user.id,
        data: { from: user.role },
      },
    );
    await announceUserChanged(tx, ctx, user.id);
  });
}
