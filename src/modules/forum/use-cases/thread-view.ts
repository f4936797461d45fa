import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { peopleOf, toThread } from '../dto.ts';
import { cardsFor } from '../load.ts';
import type { ThreadScope } from '../policy.ts';
import type { ThreadDto } from '../schemas.ts';

/** The thread as the actor now sees it, for replies to moderation actions. */
export async function threadView(db: Db, scope: ThreadScope, actor: Actor): Promise<ThreadDto> {
  const cards = await cardsFor(db, [...peopleOf([scope.thread]), ...scope.participantIds]);
  return toThread(scope, actor, cards, false);
}
