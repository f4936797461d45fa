import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { insertNotifications } from '../queries.ts';
import type { NotificationKind } from '../schemas.ts';
import { digestJob, emailJob, secondsUntilDigest } from './emails.ts';
import { preferencesOf } from './preferences.ts';

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  actorId: string;
  threadId: string;
  postId: string | null;
  title: string;
}

/**
 * Records notifications in the caller's transaction, tells the people's open pages, and queues
 * their emails (now, or in the next digest) as each person chose.
 */
export async function notify(tx: Tx, ctx: AppContext, drafts: NotificationDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  const now = ctx.clock.now();
  const preferences = await preferencesOf(
    tx.db,
    drafts.map((draft) => draft.userId),
  );
  const rows = [];
  for (const draft of drafts) {
    const chosen = preferences.get(draft.userId);
    const kind = chosen?.kinds[draft.kind];
    const email = kind?.email === true && chosen?.email !== 'off';
    if (!kind?.inApp && !email) continue;
    const row = { id: newId(), ...draft, inApp: kind?.inApp === true, createdAt: now };
    rows.push(row);
    if (!email) continue;
    if (chosen?.email === 'instant') await ctx.jobs.send(tx, emailJob, { id: row.id });
    else
      await ctx.jobs.send(
        tx,
        digestJob,
        { userId: draft.userId },
        { startAfterSeconds: secondsUntilDigest(now) },
      );
  }
  await insertNotifications(tx.db, rows);
  const reached = [...new Set(rows.filter((row) => row.inApp).map((row) => row.userId))];
  if (reached.length > 0)
    await ctx.live.publish(tx, { type: 'notifications.changed', audience: { userIds: reached }, data: {} });
}
