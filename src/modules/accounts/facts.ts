import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';

/** Facts accounts state for other modules (members keeps one profile per person from them). */
export const accountFacts = {
  /** { userId }: someone signed up. */
  userCreated: 'accounts.user_created',
  /** { userId }: someone confirmed their email address. */
  emailVerified: 'accounts.email_verified',
} as const;

export interface AccountFact {
  userId: string;
}

export async function stateAccountFact(
  tx: Tx,
  ctx: AppContext,
  type: (typeof accountFacts)[keyof typeof accountFacts],
  userId: string,
): Promise<void> {
  const data: AccountFact = { userId };
  await ctx.events.emit(tx, { type, data });
}
