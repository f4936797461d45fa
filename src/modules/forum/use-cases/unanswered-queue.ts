import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { readCommunitySettings } from '../../system/index.ts';
import { canModerateSpace, moderatorsOf, spaceIdsOfKind, spacesByIds } from '../../spaces/index.ts';
import { peopleOf, toThreadSummary } from '../dto.ts';
import { fail } from '../errors.ts';
import { cardsFor } from '../load.ts';
import { isStaff } from '../policy.ts';
import { listUnanswered } from '../queries/threads.ts';
import type { ThreadSummaryDto } from '../schemas.ts';

export type Waiting = 'no_reply' | 'no_accepted_answer';

/**
 * Questions that need staff, oldest first: nobody but the asker has replied, or replies came but
 * none was accepted within the configured hours. Space moderators see their own spaces' queue.
 */
export async function unansweredQueue(
  ctx: AppContext,
  actor: Actor | null,
  limit: number,
): Promise<{ items: (ThreadSummaryDto & { waiting: Waiting })[]; afterHours: number }> {
  const reader = requireActor(actor);
  const db = ctx.database.db;
  const ids = await spaceIdsOfKind(db, 'questions');
  const moderators = await moderatorsOf(db, ids);
  const mine = ids.filter((id) => isStaff(reader) || canModerateSpace(reader, moderators.get(id) ?? []));
  if (!isStaff(reader) && mine.length === 0) throw fail.STAFF_ONLY();
  const settings = await readCommunitySettings(db);
  const now = ctx.clock.now();
  const rows = await listUnanswered(db, {
    spaceIds: mine,
    answeredBefore: new Date(now.getTime() - settings.unansweredAfterHours * 3600_000),
    limit,
  });
  const spaces = await spacesByIds(db, mine);
  const cards = await cardsFor(db, peopleOf(rows));
  return {
    afterHours: settings.unansweredAfterHours,
    items: rows.map((thread) => ({
      ...toThreadSummary(thread, spaces.get(thread.spaceId ?? ''), cards),
      waiting: thread.firstAnsweredAt === null ? 'no_reply' : 'no_accepted_answer',
    })),
  };
}
