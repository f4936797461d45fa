import type { AppContext } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { newId, randomSecret, sha256 } from '../../../core/ids.ts';
import { expireOneTimeTokens, insertOneTimeToken, type Purpose } from '../queries/one-time-tokens.ts';

const lifetimeMs: Record<Purpose, number> = { password_reset: 3_600_000, email_verify: 7 * 86_400_000 };

/** Issues a one-time link token (only its hash is stored) and voids older ones of the same kind. */
export async function issueOneTimeToken(
  tx: Tx,
  ctx: AppContext,
  userId: string,
  purpose: Purpose,
): Promise<string> {
  const now = ctx.clock.now();
  await expireOneTimeTokens(tx.db, userId, purpose, now);
  const token = randomSecret();
  await insertOneTimeToken(tx.db, {
    id: newId(),
    userId,
    purpose,
    tokenHash: sha256(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetimeMs[purpose]),
  });
  return token;
}
