import type { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { sha256 } from '../../../core/ids.ts';
import { announceUserChanged, audit, enqueueMail } from '../effects.ts';
import { fail } from '../errors.ts';
import { accountFacts, stateAccountFact } from '../facts.ts';
import { accountPolicy } from '../policy.ts';
import { consumeOneTimeToken } from '../queries/one-time-tokens.ts';
import { findUserById, updateUser } from '../queries/users.ts';
import type { verifyEmailSchema } from '../schemas.ts';
import { verifyEmailMail } from './emails.ts';
import { issueOneTimeToken } from './one-time-links.ts';

export async function verifyEmail(
  ctx: AppContext,
  input: z.infer<typeof verifyEmailSchema>,
  meta: RequestMeta,
): Promise<void> {
  await ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    const token = await consumeOneTimeToken(tx.db, sha256(input.token), 'email_verify', now);
    if (!token) throw fail.AUTH_LINK_INVALID();
    await updateUser(tx.db, token.userId, { emailVerifiedAt: now, updatedAt: now });
    await audit(tx, ctx, meta, {
      actorId: token.userId,
      action: 'auth.email_verified',
      targetId: token.userId,
    });
    await announceUserChanged(tx, ctx, token.userId);
    await stateAccountFact(tx, ctx, accountFacts.emailVerified, token.userId);
  });
}

/** Sends a fresh confirmation link; a no-op once the address is confirmed. */
export async function resendVerification(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
): Promise<void> {
  const me = accountPolicy.authorize(actor, 'account.manage');
  await ctx.database.transaction(async (tx) => {
    const user = await findUserById(tx.db, me.userId);
    if (!user || user.emailVerifiedAt) return;
    const token = await issueOneTimeToken(tx, ctx, user.id, 'email_verify');
    await enqueueMail(tx, ctx, verifyEmailMail(ctx, user.email, user.name, token));
    await audit(tx, ctx, meta, { actorId: user.id, action: 'auth.verification_resent', targetId: user.id });
  });
}
