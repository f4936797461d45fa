import type { AppContext, RequestMeta } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { queueMail, type OutgoingMail } from '../../mail/index.ts';
import { rolesOf } from '../../core/policy.ts';
import { accountPolicy } from './policy.ts';

/** The side effects every account change shares, written in the change's own transaction. */
export async function audit(
  tx: Tx,
  ctx: AppContext,
  meta: RequestMeta,
  entry: {
    actorId: string | null;
    action: string;
    targetId?: string;
    targetType?: string;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await recordAuditEvent(tx, ctx.clock, {
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? (entry.targetId ? 'user' : null),
    targetId: entry.targetId ?? null,
    ip: meta.ip,
    ...(entry.data ? { data: entry.data } : {}),
  });
}

/** Tells admin pages (and the user's own tabs) that a user changed. */
export async function announceUserChanged(tx: Tx, ctx: AppContext, userId: string): Promise<void> {
  await ctx.live.publish(tx, {
    type: 'users.changed',
    audience: { roles: rolesOf(accountPolicy.rules['users.list']) },
    data: { userId },
  });
  await announceCredentialsChanged(tx, ctx, userId);
}

/** Tells the user's own live streams to re-check their credentials (a session or token was revoked). */
export async function announceCredentialsChanged(tx: Tx, ctx: AppContext, userId: string): Promise<void> {
  await ctx.live.publish(tx, { type: 'me.changed', audience: { userIds: [userId] }, data: { userId } });
}

export async function enqueueMail(tx: Tx, ctx: AppContext, mail: OutgoingMail): Promise<void> {
  await queueMail(ctx, tx, mail);
}

export function link(ctx: AppContext, path: string): string {
  return new URL(path, ctx.config.publicUrl).toString();
}
