import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { newId, randomSecret, sha256 } from '../../../core/ids.ts';
import { insertSession } from '../queries/sessions.ts';

export function sessionExpiry(ctx: AppContext, from: Date): Date {
  return new Date(from.getTime() + ctx.config.sessionTtlDays * 86_400_000);
}

/** A brand-new session id every time someone signs in: a fixed id can never be planted. */
export async function startSession(
  tx: Tx,
  ctx: AppContext,
  userId: string,
  meta: RequestMeta,
): Promise<string> {
  const token = randomSecret();
  const now = ctx.clock.now();
  await insertSession(tx.db, {
    id: newId(),
    userId,
    tokenHash: sha256(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiry(ctx, now),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 400) ?? null,
  });
  return token;
}
