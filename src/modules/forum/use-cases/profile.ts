import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { userCardsByHandles } from '../../accounts/index.ts';
import { peopleOf, toAuthor, toThreadSummary } from '../dto.ts';
import { fail } from '../errors.ts';
import { cardsFor } from '../load.ts';
import { readableScope } from '../readable.ts';
import { profileStats, recentThreadsBy } from '../queries/profile.ts';
import type { ProfileDto } from '../schemas.ts';

/** A member's public page: who they are, what they asked, and how often they solved someone's question. */
export async function readProfile(ctx: AppContext, actor: Actor | null, handle: string): Promise<ProfileDto> {
  const db = ctx.database.db;
  const card = (await userCardsByHandles(db, [handle]))[0];
  const author = toAuthor(card);
  if (!card || !author) throw fail.PERSON_NOT_FOUND();
  const scope = await readableScope(db, actor);
  const threads = await recentThreadsBy(db, card.id, scope.spaceIds, 10);
  const stats = await profileStats(db, card.id, scope.spaceIds);
  const cards = await cardsFor(db, [card.id, ...peopleOf(threads)]);
  return {
    person: author,
    joinedAt: card.createdAt.toISOString(),
    ...stats,
    recentThreads: threads.map((thread) =>
      toThreadSummary(thread, scope.spaces.get(thread.spaceId ?? ''), cards),
    ),
  };
}
