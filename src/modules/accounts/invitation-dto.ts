import type { BatchDto, InvitationDto, InvitationStatus } from './invitation-schemas.ts';
import type { BatchListRow } from './queries/invitation-batches.ts';
import type { InvitationRow } from './queries/invitations.ts';

/** Where an invitation stands now; the order matters: a revoked, used-up code says so even once expired. */
export function invitationStatus(invitation: InvitationRow, now: Date): InvitationStatus {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.useCount >= invitation.maxUses) return 'used_up';
  if (invitation.expiresAt <= now) return 'expired';
  return 'open';
}

export function toInvitation(
  invitation: InvitationRow,
  refs: { createdBy: { id: string; name: string }; groupName: string | null },
  now: Date,
): InvitationDto {
  return {
    id: invitation.id,
    email: invitation.email,
    label: invitation.label,
    maxUses: invitation.maxUses,
    useCount: invitation.useCount,
    group: invitation.groupId && refs.groupName ? { id: invitation.groupId, name: refs.groupName } : null,
    status: invitationStatus(invitation, now),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    usedAt: invitation.usedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
    createdBy: refs.createdBy,
  };
}

export function toBatch(row: BatchListRow): BatchDto {
  const { batch } = row;
  return {
    id: batch.id,
    name: batch.name,
    size: batch.size,
    used: Number(row.used),
    revoked: Number(row.revoked),
    group: batch.groupId && row.groupName ? { id: batch.groupId, name: row.groupName } : null,
    createdAt: batch.createdAt.toISOString(),
    expiresAt: batch.expiresAt.toISOString(),
    createdBy: { id: batch.createdBy, name: row.creatorName },
  };
}
