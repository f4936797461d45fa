import type { AppContext } from '../../../context.ts';
import { newId, randomSecret } from '../../../core/ids.ts';
import type { Db, Tx } from '../../../db/index.ts';
import { link } from '../effects.ts';
import { fail } from '../errors.ts';
import { codeHash } from '../invitation-codes.ts';
import { groupNameOf, insertInvitation, type InvitationRow } from '../queries/invitations.ts';

export function signUpLink(ctx: AppContext, code: string): string {
  return link(ctx, `/signup?invite=${encodeURIComponent(code)}`);
}

/** The target group's name; a group that does not exist is the caller's 404. */
export async function targetGroup(db: Db, groupId: string | null | undefined): Promise<string | null> {
  if (!groupId) return null;
  const name = await groupNameOf(db, groupId);
  if (name === null) throw fail.GROUP_NOT_FOUND();
  return name;
}

export interface IssueInvitation {
  email: string | null;
  maxUses: number;
  expiresInHours: number;
  groupId: string | null;
  label: string | null;
  createdBy: string;
}

/** Stores a new link invitation; the code is returned here once and only its hash is kept. */
export async function issueInvitation(
  tx: Tx,
  ctx: AppContext,
  input: IssueInvitation,
): Promise<{ invitation: InvitationRow; code: string; url: string }> {
  const code = randomSecret(18);
  const now = ctx.clock.now();
  const invitation = await insertInvitation(tx.db, {
    id: newId(),
    email: input.email,
    codeHash: codeHash(code),
    createdBy: input.createdBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.expiresInHours * 3_600_000),
    maxUses: input.maxUses,
    groupId: input.groupId,
    label: input.label,
  });
  return { invitation, code, url: signUpLink(ctx, code) };
}

/**
 * A single-use invitation for one address, made inside another module's transaction (a store's
 * welcome email carries one): returns the link to put in that module's own email.
 */
export async function inviteByEmail(
  tx: Tx,
  ctx: AppContext,
  input: { email: string; groupId: string | null; label: string; createdBy: string; expiresInDays: number },
): Promise<{ url: string; expiresAt: Date; groupName: string | null }> {
  // A group deleted since the caller chose it is left out rather than failing the caller.
  const groupName = await groupNameOf(tx.db, input.groupId);
  const groupId = groupName === null ? null : input.groupId;
  const { invitation, url } = await issueInvitation(tx, ctx, {
    email: input.email.toLowerCase(),
    maxUses: 1,
    expiresInHours: input.expiresInDays * 24,
    groupId,
    label: input.label,
    createdBy: input.createdBy,
  });
  return { url, expiresAt: invitation.expiresAt, groupName };
}
