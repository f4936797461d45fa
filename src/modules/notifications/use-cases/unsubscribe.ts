import type { AppContext } from '../../../context.ts';
import { fail } from '../errors.ts';
import { unsubscribeTokenValid } from './emails.ts';
import { turnEmailOff } from './preferences.ts';

/** RFC 8058 one-click: a signed link, no sign-in, and repeating it is harmless. */
export async function unsubscribe(ctx: AppContext, userId: string, token: string): Promise<void> {
  if (!unsubscribeTokenValid(ctx.secret, userId, token)) throw fail.UNSUBSCRIBE_LINK_INVALID();
  await ctx.database.transaction(async (tx) => turnEmailOff(tx.db, userId, ctx.clock.now()));
}
