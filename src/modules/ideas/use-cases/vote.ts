import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { policyErrors, requireActor } from '../../../core/policy.ts';
import { forgetActivity } from '../../members/index.ts';
import { announceIdeaChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { loadIdea } from '../load.ts';
import { accountPerson } from '../people.ts';
import { canFollow, canVote } from '../policy.ts';
import { addFollowers, removeFollower } from '../queries/followers.ts';
import { deleteVote, recountVotes, votedAmong } from '../queries/votes.ts';
import type { IdeaDto } from '../schemas.ts';
import { isOpen } from '../statuses.ts';
import { castVote, checkBudget } from '../voting.ts';
import { ideaView } from './read-idea.ts';

/** Votes for an idea (again is fine: one vote per member); over the board's budget is refused whole. */
export async function voteForIdea(ctx: AppContext, actor: Actor | null, id: string): Promise<IdeaDto> {
  const voter = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadIdea(tx.db, id, voter, true);
    if (!canVote(scope.space, voter))
      throw policyErrors.raise.AUTH_FORBIDDEN({ message: 'Your role cannot vote on this board.' });
    if (!isOpen(scope.idea.status)) throw fail.IDEA_CLOSED();
    // Voting again for an idea one voted for takes nothing more from the budget.
    const already = await votedAmong(tx.db, voter.userId, [scope.idea.id]);
    if (!already.has(scope.idea.id)) await checkBudget(tx, scope.space, voter.userId);
    const added = await castVote(
      tx,
      ctx,
      { idea: scope.idea, space: scope.space, memberId: voter.userId, person: accountPerson(voter) },
      null,
    );
    if (added) await announceIdeaChanged(tx, ctx, scope.space, [scope.idea.id]);
    return ideaView(tx.db, scope, voter);
  });
}

/** Takes one's vote back (it frees a vote of the budget); having none is fine. */
export async function withdrawVote(ctx: AppContext, actor: Actor | null, id: string): Promise<IdeaDto> {
  const voter = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadIdea(tx.db, id, voter, true);
    if (!canVote(scope.space, voter))
      throw policyErrors.raise.AUTH_FORBIDDEN({ message: 'Your role cannot vote on this board.' });
    if (await deleteVote(tx.db, scope.idea.id, voter.userId)) {
      await recountVotes(tx.db, scope.idea.id, ctx.clock.now());
      await forgetActivity(tx, 'vote', `${scope.idea.id}:${voter.userId}`);
      await announceIdeaChanged(tx, ctx, scope.space, [scope.idea.id]);
    }
    return ideaView(tx.db, scope, voter);
  });
}

/** Follows an idea (or stops): followers hear of every status change. */
export async function followIdea(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  following: boolean,
): Promise<IdeaDto> {
  const reader = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadIdea(tx.db, id, reader);
    if (!canFollow(scope.space, reader)) throw policyErrors.raise.AUTH_FORBIDDEN();
    if (following) await addFollowers(tx.db, scope.idea.id, [reader.userId], ctx.clock.now());
    else await removeFollower(tx.db, scope.idea.id, reader.userId);
    return ideaView(tx.db, scope, reader);
  });
}
