import type { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { JobDefinition } from '../../../jobs/index.ts';
import { sha256 } from '../../../core/ids.ts';
import { announceUserChanged, audit, enqueueMail } from '../effects.ts';
import { fail } from '../errors.ts';
import { hashPassword } from '../passwords.ts';
import { consumeOneTimeToken } from '../queries/one-time-tokens.ts';
import { revokeSessionsOf } from '../queries/sessions.ts';
import { findUserByEmail, updateUser } from '../queries/users.ts';
import type { passwordResetRequestSchema, passwordResetSchema } from '../schemas.ts';
import { passwordResetMail } from './emails.ts';
import { issueOneTimeToken } from './one-time-links.ts';

export const passwordResetJob = 'accounts.password-reset';

interface PasswordResetJob {
  email: string;
  ip: string | null;
}

/**
 * Only queues the request: whether the address has an account is found out in the job, so
 * neither the answer nor its timing tells anyone who has an account.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  input: z.infer<typeof passwordResetRequestSchema>,
  meta: RequestMeta,
): Promise<void> {
  const job: PasswordResetJob = { email: input.email, ip: meta.ip };
  await ctx.database.transaction((tx) => ctx.jobs.send(tx, passwordResetJob, job));
}

async function sendPasswordResetLink(ctx: AppContext, job: PasswordResetJob): Promise<void> {
  const user = await findUserByEmail(ctx.database.db, job.email);
  if (!user || user.status !== 'active') return;
  await ctx.database.transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, ctx, user.id, 'password_reset');
    await enqueueMail(tx, ctx, passwordResetMail(ctx, user.email, user.name, token));
    await audit(
      tx,
      ctx,
      { ip: job.ip, userAgent: null },
      { actorId: null, action: 'auth.password_reset_requested', targetId: user.id },
    );
  });
}

export function passwordResetJobDefinition(ctx: AppContext): JobDefinition<PasswordResetJob> {
  return {
    name: passwordResetJob,
    retryLimit: 3,
    retryDelaySeconds: 10,
    handle: (job) => sendPasswordResetLink(ctx, job),
  };
}

/** Sets the new password, proves the email address, and signs out every device. */
export async function resetPassword(
  ctx: AppContext,
  input: z.infer<typeof passwordResetSchema>,
  meta: RequestMeta,
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    const token = await consumeOneTimeToken(tx.db, sha256(input.token), 'password_reset', now);
    if (!token) throw fail.AUTH_LINK_INVALID();
    const user = await updateUser(tx.db, token.userId, {
      passwordHash,
      updatedAt: now,
      emailVerifiedAt: now,
    });
    await revokeSessionsOf(tx.db, user.id, now);
    await audit(tx, ctx, meta, { actorId: user.id, action: 'auth.password_reset', targetId: user.id });
    await announceUserChanged(tx, ctx, user.id);
  });
}
