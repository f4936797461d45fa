import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../db/index.ts';
import type { SpaceWithModerators } from '../spaces/index.ts';
import { canManage, canSubmit, canVote, canInspect, ideaPolicy } from './policy.ts';
import { voteBudgetOf } from './queries/boards.ts';
import { openVotesOnBoard } from './queries/votes.ts';
import type { BoardDto } from './schemas.ts';

/** A board as its reader sees it: the budget, how much of it they used, and what they may do. */
export async function boardState(db: Db, space: SpaceWithModerators, actor: Actor | null): Promise<BoardDto> {
  const voteBudget = await voteBudgetOf(db, space.id);
  const votesUsed = actor ? await openVotesOnBoard(db, actor.userId, space.id) : null;
  return {
    spaceId: space.id,
    slug: space.slug,
    name: space.name,
    description: space.description,
    voteBudget,
    votesUsed,
    votesLeft: voteBudget === null || votesUsed === null ? null : Math.max(0, voteBudget - votesUsed),
    can: {
      submit: canSubmit(space, actor),
      vote: canVote(space, actor),
      manage: canManage(space, actor),
      configure: ideaPolicy.can(actor, 'configure'),
      capture: ideaPolicy.can(actor, 'capture'),
      inspect: canInspect(space, actor),
    },
  };
}
