import type { AppContext } from '../../../context.ts';
import type { Db, Tx } from '../../../db/index.ts';
import { fail } from '../errors.ts';
import { codeHash } from '../invitation-codes.ts';
import { invitationStatus } from '../invitation-dto.ts';
import type { invitationPreviewSchema } from '../invitation-schemas.ts';
import { setMembership } from '../queries/groups.ts';
import {
  consumeInvitation,
  findInvitationByHash,
  groupNameOf,
  type InvitationRow,
} from '../queries/invitations.ts';
import type { z } from 'zod';

/**
 * Why a code cannot be used now. Unknown codes and codes sent to another address answer the same,
 * so a guessed code tells nothing about which emails exist; a real code's own state is told
 * plainly, since only someone holding it can ask.
 */
function refusal(invitation: InvitationRow | undefined, email: string | null, now: Date) {
  if (!invitation) return fail.AUTH_INVITATION_INVALID();
  const status = invitationStatus(invitation, now);
  if (status === 'revoked') return fail.AUTH_INVITATION_REVOKED();
  if (status === 'used_up') return fail.AUTH_INVITATION_USED_UP();
  if (status === 'expired') return fail.AUTH_INVITATION_EXPIRED();
  if (email !== null && invitation.email && invitation.email !== email) return fail.AUTH_INVITATION_INVALID();
  return null;
}

/** Checks a code before anything is written (and before the slow password hash). */
export async function checkInvitationCode(db: Db, code: string, email: string, now: Date): Promise<void> {
  const problem = refusal(await findInvitationByHash(db, codeHash(code)), email, now);
  if (problem) throw problem;
}

/**
 * Takes one use for the new account and puts it in the invitation's group. A concurrent sign-up
 * that took the last use makes this one fail with the code's state, and its transaction roll back.
 */
export async function redeemInvitation(
  tx: Tx,
  code: string,
  user: { id: string; email: string },
  now: Date,
): Promise<InvitationRow> {
  const hash = codeHash(code);
  const before = await findInvitationByHash(tx.db, hash);
  const problem = refusal(before, user.email, now);
  if (problem) throw problem;
  const used = await consumeInvitation(tx.db, hash, user.id, now);
  if (!used)
    throw refusal(await findInvitationByHash(tx.db, hash), null, now) ?? fail.AUTH_INVITATION_USED_UP();
  if (used.groupId && (await groupNameOf(tx.db, used.groupId)) !== null)
    await setMembership(tx.db, used.groupId, user.id, true);
  return used;
}

type Preview = z.infer<typeof invitationPreviewSchema>;

/** What the sign-up page shows about the code in its link: the label, the group, how long it lasts. */
export async function previewInvitation(ctx: AppContext, code: string): Promise<Preview> {
  const invitation = await findInvitationByHash(ctx.database.db, codeHash(code));
  const problem = refusal(invitation, null, ctx.clock.now());
  if (problem || !invitation) throw problem ?? fail.AUTH_INVITATION_INVALID();
  const groupName = await groupNameOf(ctx.database.db, invitation.groupId);
  return {
    label: invitation.label,
    email: invitation.email,
    group: groupName ? { name: groupName } : null,
    expiresAt: invitation.expiresAt.toISOString(),
    usesLeft: invitation.maxUses - invitation.useCount,
  };
}
