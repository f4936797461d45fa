import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import { recordActivities, type PersonInput } from '../members/index.ts';
import type { SpaceWithModerators } from '../spaces/index.ts';
import { fail } from './errors.ts';
import { addFollowers } from './queries/followers.ts';
import type { IdeaRow } from './queries/ideas.ts';
import { voteBudgetOf } from './queries/boards.ts';
import { insertVote, lockMemberOnBoard, openVotesOnBoard, recountVotes } from './queries/votes.ts';
import { isOpen } from './statuses.ts';

export interface CapturedFrom {
  capturedBy: string;
  sourceKind: string;
  sourceRef: string;
  sourceLink: string;
}

/**
 * Refuses a vote the member's budget cannot take: the board's limit on open ideas voted for at a
 * time. Holds a per-member lock until the transaction ends, so two votes at once cannot both pass.
 */
export async function checkBudget(tx: Tx, space: SpaceWithModerators, memberId: string): Promise<void> {
  await lockMemberOnBoard(tx.db, memberId, space.id);
  const budget = await voteBudgetOf(tx.db, space.id);
  if (budget === null) return;
  if ((await openVotesOnBoard(tx.db, memberId, space.id)) >= budget)
    throw fail.IDEA_VOTE_BUDGET_SPENT({
      message: `You have used all ${budget} of your votes on ${space.name}: take one back from another open idea first.`,
    });
}

/**
 * Records a member's vote (false when they had voted already): they follow the idea from now on,
 * its count is recomputed, and the vote goes on their timeline.
 */
export async function castVote(
  tx: Tx,
  ctx: AppContext,
  vote: { idea: IdeaRow; space: SpaceWithModerators; memberId: string; person: PersonInput },
  captured: CapturedFrom | null,
): Promise<boolean> {
  const { idea, memberId } = vote;
  if (!isOpen(idea.status)) throw fail.IDEA_CLOSED();
  const now = ctx.clock.now();
  const added = await insertVote(tx.db, {
    ideaId: idea.id,
    memberId,
    capturedBy: captured?.capturedBy ?? null,
    sourceKind: captured?.sourceKind ?? null,
    sourceRef: captured?.sourceRef ?? null,
    sourceLink: captured?.sourceLink ?? null,
    carriedFrom: null,
    createdAt: now,
  });
  if (!added) return false;
  await addFollowers(tx.db, idea.id, [memberId], now);
  await recountVotes(tx.db, idea.id, now);
  await recordActivities(
    tx,
    [
      {
        person: vote.person,
        kind: 'vote',
        refId: `${idea.id}:${memberId}`,
        title: `Voted for “${idea.title}”`,
        excerpt: idea.body,
        link: `/ideas/${idea.id}`,
        facts: { board: vote.space.slug, ideaId: idea.id, capturedFrom: captured?.sourceKind ?? null },
        at: now,
      },
    ],
    now,
  );
  return true;
}
