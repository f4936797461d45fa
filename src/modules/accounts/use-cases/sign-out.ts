import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { announceCredentialsChanged, audit } from '../effects.ts';
import { revokeSession } from '../queries/sessions.ts';

/** Ends the current browser session; signing out when already signed out is not an error. */
export async function signOut(ctx: AppContext, actor: Actor | null, meta: RequestMeta): Promise<void> {
  if (!actor?.sessionId) return;
  const sessionId = actor.sessionId;
  await ctx.database.transaction(async (tx) => {
    await revokeSession(tx.db, actor.userId, sessionId, ctx.clock.now());
    await audit(tx, ctx, meta, {
      actorId: actor.userId,
      action: 'auth.signout',
      targetType: 'session',
      targetId: sessionId,
    });
    await announceCredentialsChanged(tx, ctx, actor.userId);
  });
}
