import type { AppContext, RequestMeta } from '../../../context.ts';
import { sha256 } from '../../../core/ids.ts';
import { toMe, type MeDto } from '../dto.ts';
import { audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { checkPassword } from '../passwords.ts';
import { revokeSession } from '../queries/sessions.ts';
import { findLiveSession } from '../queries/sessions.ts';
import { findUserByEmail, updateUser } from '../queries/users.ts';
import type { SignInInput } from '../schemas.ts';
import { startSession } from './session-tokens.ts';

export async function signIn(
  ctx: AppContext,
  input: SignInInput,
  meta: RequestMeta,
  previousSessionToken: string | null,
): Promise<{ user: MeDto; sessionToken: string }> {
  const user = await findUserByEmail(ctx.database.db, input.email);
  const passwordOk = await checkPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    await ctx.database.transaction((tx) =>
      audit(tx, ctx, meta, {
        actorId: user?.id ?? null,
        action: 'auth.signin_failed',
        targetId: user?.id,
        data: { email: input.email },
      }),
    );
    throw fail.AUTH_INVALID_CREDENTIALS();
  }
  if (user.status === 'suspended') {
    await ctx.database.transaction((tx) =>
      audit(tx, ctx, meta, { actorId: user.id, action: 'auth.signin_refused_suspended', targetId: user.id }),
    );
    throw fail.AUTH_ACCOUNT_SUSPENDED();
  }
  return ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    if (previousSessionToken) {
      const previous = await findLiveSession(tx.db, sha256(previousSessionToken), now);
      if (previous) await revokeSession(tx.db, previous.session.userId, previous.session.id, now);
    }
    const sessionToken = await startSession(tx, ctx, user.id, meta);
    const updated = await updateUser(tx.db, user.id, { lastSeenAt: now });
    await audit(tx, ctx, meta, { actorId: user.id, action: 'auth.signin', targetId: user.id });
    return { user: toMe(updated), sessionToken };
  });
}
