import type { AppContext, RequestMeta } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import { isUniqueViolation } from '../../../db/index.ts';
import { readSignupMode } from '../../system/index.ts';
import { toMe, type MeDto } from '../dto.ts';
import { announceUserChanged, audit, enqueueMail } from '../effects.ts';
import { fail } from '../errors.ts';
import { hashPassword } from '../passwords.ts';
import { accountFacts, stateAccountFact } from '../facts.ts';
import { findUserByEmail, insertUser } from '../queries/users.ts';
import type { SignUpInput } from '../schemas.ts';
import { verifyEmailMail } from './emails.ts';
import { uniqueHandle } from './handles.ts';
import { issueOneTimeToken } from './one-time-links.ts';
import { checkInvitationCode, redeemInvitation } from './redeem-invitation.ts';
import { startSession } from './session-tokens.ts';

/** The invitation is checked first, so a made-up code cannot be used to test which emails exist. */
async function checkInvitation(ctx: AppContext, input: SignUpInput): Promise<void> {
  const mode = await readSignupMode(ctx.database.db);
  if (mode === 'invite' && !input.inviteCode) throw fail.AUTH_SIGNUP_INVITE_ONLY();
  if (input.inviteCode)
    await checkInvitationCode(ctx.database.db, input.inviteCode, input.email, ctx.clock.now());
}

async function createAccount(ctx: AppContext, input: SignUpInput, passwordHash: string, meta: RequestMeta) {
  return ctx.database.transaction(async (tx) => {
    if (await findUserByEmail(tx.db, input.email)) throw fail.AUTH_EMAIL_TAKEN();
    const now = ctx.clock.now();
    const user = await insertUser(tx.db, {
      id: newId(),
      email: input.email,
      name: input.name,
      handle: await uniqueHandle(tx.db, input.name, input.email),
      passwordHash,
      role: 'member',
      createdAt: now,
      updatedAt: now,
      lastSeenAt: now,
    });
    // One use taken in one statement: of two sign-ups racing for a last use, one wins, one rolls back.
    const invitation = input.inviteCode ? await redeemInvitation(tx, input.inviteCode, user, now) : null;
    const verifyToken = await issueOneTimeToken(tx, ctx, user.id, 'email_verify');
    await enqueueMail(tx, ctx, verifyEmailMail(ctx, user.email, user.name, verifyToken));
    const sessionToken = await startSession(tx, ctx, user.id, meta);
    await audit(tx, ctx, meta, {
      actorId: user.id,
      action: 'auth.signup',
      targetId: user.id,
      data: { invited: Boolean(invitation), ...(invitation ? { invitationId: invitation.id } : {}) },
    });
    await announceUserChanged(tx, ctx, user.id);
    await stateAccountFact(tx, ctx, accountFacts.userCreated, user.id);
    return { user: toMe(user), sessionToken };
  });
}

export async function signUp(
  ctx: AppContext,
  input: SignUpInput,
  meta: RequestMeta,
): Promise<{ user: MeDto; sessionToken: string }> {
  await checkInvitation(ctx, input);
  // Hashing is slow on purpose: do it before the transaction so it holds no connection meanwhile.
  const passwordHash = await hashPassword(input.password);
  for (let attempt = 1; ; attempt++) {
    try {
      return await createAccount(ctx, input, passwordHash, meta);
    } catch (error) {
      // Two sign-ups with one email at the same moment: the unique index decides, the loser hears why.
      if (isUniqueViolation(error, 'users_email_key')) throw fail.AUTH_EMAIL_TAKEN();
      // Two people with the same name at the same moment: the second one gets the next free handle.
      if (isUniqueViolation(error, 'users_handle_key') && attempt < 5) continue;
      throw error;
    }
  }
}
