import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId, randomSecret, sha256 } from '../../../core/ids.ts';
import { toInvitation } from '../dto.ts';
import { audit, enqueueMail } from '../effects.ts';
import { fail } from '../errors.ts';
import { accountPolicy } from '../policy.ts';
import { insertInvitation, listInvitations, revokeInvitation } from '../queries/invitations.ts';
import { invitationMail } from './emails.ts';

const invitationLifetimeMs = 14 * 86_400_000;

/** The code is shown once to the inviter (and mailed when an address is given); only its hash is kept. */
export async function createInvitation(
  ctx: AppContext,
  actor: Actor | null,
  email: string | undefined,
  meta: RequestMeta,
) {
  const inviter = accountPolicy.authorize(actor, 'invitations.manage');
  const code = randomSecret(18);
  return ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    const invitation = await insertInvitation(tx.db, {
      id: newId(),
      email: email ?? null,
      codeHash: sha256(code),
      createdBy: inviter.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + invitationLifetimeMs),
    });
    if (email) await enqueueMail(tx, ctx, invitationMail(ctx, email, inviter.name, code));
    await audit(tx, ctx, meta, {
      actorId: inviter.userId,
      action: 'admin.invitation_created',
      targetType: 'invitation',
      targetId: invitation.id,
      ...(email ? { data: { email } } : {}),
    });
    return { invitation: toInvitation(invitation, { id: inviter.userId, name: inviter.name }), code };
  });
}

export async function listInvitationsForStaff(ctx: AppContext, actor: Actor | null) {
  accountPolicy.authorize(actor, 'invitations.manage');
  const rows = await listInvitations(ctx.database.db, 200);
  return rows.map((row) =>
    toInvitation(row.invitation, { id: row.invitation.createdBy, name: row.creatorName }),
  );
}

export async function revokeInvitationById(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  meta: RequestMeta,
): Promise<void> {
  const staff = accountPolicy.authorize(actor, 'invitations.manage');
  await ctx.database.transaction(async (tx) => {
    const revoked = await revokeInvitation(tx.db, id, ctx.clock.now());
    if (!revoked) throw fail.INVITATION_NOT_FOUND();
    await audit(tx, ctx, meta, {
      actorId: staff.userId,
      action: 'admin.invitation_revoked',
      targetType: 'invitation',
      targetId: id,
    });
  });
}
