import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { audit, enqueueMail } from '../effects.ts';
import { fail } from '../errors.ts';
import { toInvitation } from '../invitation-dto.ts';
import type { CreateInvitationInput, InvitationDto } from '../invitation-schemas.ts';
import { accountPolicy } from '../policy.ts';
import { listLinks, revokeInvitation } from '../queries/invitations.ts';
import { invitationMail } from './emails.ts';
import { issueInvitation, targetGroup } from './issue-invitation.ts';

/**
 * A personal invitation (mailed when an address is given) or a link several people may use, into
 * a group when one is named. The code is in the answer once; only its hash is kept.
 */
export async function createInvitation(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateInvitationInput,
  meta: RequestMeta,
): Promise<{ invitation: InvitationDto; code: string; url: string }> {
  const inviter = accountPolicy.authorize(actor, 'invitations.manage');
  return ctx.database.transaction(async (tx) => {
    const groupName = await targetGroup(tx.db, input.groupId);
    const { invitation, code, url } = await issueInvitation(tx, ctx, {
      email: input.email ?? null,
      maxUses: input.maxUses,
      expiresInHours: input.expiresInHours,
      groupId: input.groupId ?? null,
      label: input.label || null,
      createdBy: inviter.userId,
    });
    if (input.email) await enqueueMail(tx, ctx, invitationMail(ctx, input.email, inviter.name, code));
    await audit(tx, ctx, meta, {
      actorId: inviter.userId,
      action: 'admin.invitation_created',
      targetType: 'invitation',
      targetId: invitation.id,
      data: { maxUses: input.maxUses, ...(input.email ? { email: input.email } : {}) },
    });
    const createdBy = { id: inviter.userId, name: inviter.name };
    return { invitation: toInvitation(invitation, { createdBy, groupName }, ctx.clock.now()), code, url };
  });
}

export async function listInvitationsForStaff(
  ctx: AppContext,
  actor: Actor | null,
): Promise<InvitationDto[]> {
  accountPolicy.authorize(actor, 'invitations.manage');
  const rows = await listLinks(ctx.database.db, 200);
  const now = ctx.clock.now();
  return rows.map((row) =>
    toInvitation(
      row.invitation,
      { createdBy: { id: row.invitation.createdBy, name: row.creatorName }, groupName: row.groupName },
      now,
    ),
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
