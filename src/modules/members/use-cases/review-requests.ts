import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import { rootsOf } from '../queries/members.ts';
import { reachOf } from '../queries/messages.ts';
import { sendToMembers } from './send-messages.ts';

/** Claims the members who have not been asked yet, so two happy moments at once ask once. */
async function claim(tx: Tx, ids: readonly string[], at: Date): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    tx.db,
    sql`update members set review_requested_at = ${at.toISOString()}::timestamptz
        where id = any(${sql.param([...ids])}::uuid[]) and review_requested_at is null
          and contact_opt_out_at is null and merged_into is null
        returning id`,
  );
  return rows.map((row) => row.id);
}

/**
 * Asks happy members (a rating of 4 or 5, praise in a mention) to review us where others will see
 * it: once per member ever, by email, only those who can be emailed and did not opt out, and only
 * when a review address is configured. `why` says what made them happy, in the email.
 */
export async function requestReviews(
  tx: Tx,
  ctx: AppContext,
  memberIds: readonly string[],
  why: string,
): Promise<void> {
  const url = ctx.config.reviewUrl;
  if (!url || memberIds.length === 0) return;
  const roots = [...new Set((await rootsOf(tx.db, memberIds)).values())];
  const emailable = (await reachOf(tx.db, roots)).filter((reach) => reach.email && !reach.optedOut);
  const asked = await claim(
    tx,
    emailable.map((reach) => reach.memberId),
    ctx.clock.now(),
  );
  await sendToMembers(tx, ctx, null, asked, {
    kind: 'review_request',
    channel: 'email',
    subject: 'Would you tell others about your experience?',
    body:
      `Hi {name},\n\nThank you for ${why}. It means a lot to us.\n\n` +
      `If you have a minute, a short review helps other people decide whether we are right for them:\n${url}\n\n` +
      'Thank you!',
    optional: true,
  });
}
