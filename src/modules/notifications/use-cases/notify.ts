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
  /** Who did it; null for what the system says on its own (an SLA warning, a request to rate). */
  actorId: string | null;
  /** The forum thread it is about; null for what is not about a thread (an inbox conversation). */
  threadId: string | null;
  postId: string | null;
  /**
   * Where it leads instead of the thread, as a site-relative path (`/inbox/c/<id>`,
   * `/rate/<token>`); emails make it absolute against the public URL.
   */
  link?: string | null;
  /** What it is about, as the person will read it in the list and in the email's line. */
  title: string;
}

/** A path on this site: one slash, never `//host` or a scheme, which would lead somewhere else. */
export function isSitePath(link: string): boolean {
  return /^\/(?![/\\])/.test(link) && !/[\s\\]/.test(link);
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
    const link = draft.link ?? null;
    if (link !== null && !isSitePath(link))
      throw new Error(`A notification link must be a path on this site, not ${JSON.stringify(link)}`);
    const chosen = preferences.get(draft.userId);
    const kind = chosen?.kinds[draft.kind];
    const email = kind?.email === true && chosen?.email !== 'off';
    if (!kind?.inApp && !email) continue;
    const row = {
      id: newId(),
      ...draft,
      link,
      inApp: kind?.inApp === true,
      createdAt: now,
    };
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
