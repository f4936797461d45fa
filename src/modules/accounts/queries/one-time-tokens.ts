import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { oneTimeTokens } from '../tables.ts';

export type Purpose = 'password_reset' | 'email_verify';

export async function insertOneTimeToken(db: Db, token: typeof oneTimeTokens.$inferInsert): Promise<void> {
  await db.insert(oneTimeTokens).values(token);
}

/** Marks the token used and returns it, in one statement, so a link works exactly once. */
export async function consumeOneTimeToken(db: Db, tokenHash: string, purpose: Purpose, now: Date) {
  const rows = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .returning();
  return rows[0];
}

/** A new link makes the older unused ones of the same kind worthless. */
export async function expireOneTimeTokens(
  db: Db,
  userId: string,
  purpose: Purpose,
  now: Date,
): Promise<void> {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)),
    );
}
