import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../core/pagination.ts';
import { canModerateSpace, canReadSpace, loadSpace, spaceErrors } from '../../spaces/index.ts';
import { peopleOf, toThreadSummary } from '../dto.ts';
import { cardsFor } from '../load.ts';
import { isStaff } from '../policy.ts';
import { listThreads } from '../queries/threads.ts';
import type { ThreadSummaryDto } from '../schemas.ts';

const cursorSchema = z.object({ pinned: z.boolean(), lastPostedAt: z.string(), id: z.uuid() });

/**
 * A space's threads: pinned first, then the most recently active. In a complaints space members
 * see only their own; a thread taken private shows as a stub with its note.
 */
export async function listSpaceThreads(
  ctx: AppContext,
  actor: Actor | null,
  slug: string,
  query: { state?: 'solved' | 'unsolved' | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<ThreadSummaryDto>> {
  const db = ctx.database.db;
  const space = await loadSpace(db, { slug });
  if (!space || !canReadSpace(space, actor)) throw spaceErrors.raise.SPACE_NOT_FOUND();
  const seesAll = isStaff(actor) || canModerateSpace(actor, space.moderatorIds);
  const rows = await listThreads(db, {
    spaceId: space.id,
    privateVisibleTo: seesAll ? 'all' : actor ? { userId: actor.userId } : 'none',
    state: query.state,
    after: decodeCursor(query.cursor, cursorSchema),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const cards = await cardsFor(db, peopleOf(page));
  const last = page.at(-1);
  const visible = (authorId: string) => seesAll || actor?.userId === authorId;
  return {
    items: page.map((thread) =>
      toThreadSummary(thread, space, cards, thread.visibility !== 'public' && !visible(thread.authorId)),
    ),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({
            pinned: last.pinnedAt !== null,
            lastPostedAt: last.lastPostedAt.toISOString(),
            id: last.id,
          })
        : null,
  };
}
