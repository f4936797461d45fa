import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireSession } from '../../../core/policy.ts';
import { toSession } from '../dto.ts';
import { announceCredentialsChanged, audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { accountPolicy } from '../policy.ts';
import { listLiveSessions, revokeSession } from '../queries/sessions.ts';

export async function listMySessions(ctx: AppContext, actor: Actor | null) {
  const me = accountPolicy.authorize(requireSession(actor), 'account.manage');
  const sessions = await listLiveSessions(ctx.database.db, me.userId, ctx.clock.now());
  return sessions.map((session) => toSession(session, me.sessionId));
}

/** Revokes one of the caller's own sessions; another user's session id is "not found". */
export async function revokeMySession(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  meta: RequestMeta,
) {
  const me = accountPolicy.authorize(requireSession(actor), 'account.manage');
  await ctx.database.transaction(async (tx) => {
    if (!(await revokeSession(tx.db, me.userId, sessionId, ctx.clock.now()))) throw fail.SESSION_NOT_FOUND();
    await audit(tx, ctx, meta, {
      actorId: me.userId,
      action: 'auth.session_revoked',
      targetType: 'session',
      targetId: sessionId,
    });
    await announceCredentialsChanged(tx, ctx, me.userId);
  });
  return { endedCurrent: sessionId === me.sessionId };
}
