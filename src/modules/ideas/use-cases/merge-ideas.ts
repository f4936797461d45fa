import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { policyErrors, requireActor } from '../../../core/policy.ts';
import type { Tx } from '../../../db/index.ts';
import { notify } from '../../notifications/index.ts';
import { announceIdeaChanged, auditIdeaAction } from '../events.ts';
import { fail } from '../errors.ts';
import { loadIdea } from '../load.ts';
import { mergeNotices } from '../notices.ts';
import { reachableAccounts } from '../people.ts';
import { canManage } from '../policy.ts';
import { carryFollowers, followerIds } from '../queries/followers.ts';
import { insertEvents, moveComments } from '../queries/history.ts';
import { findIdea, repointMerged, updateIdea, type IdeaRow } from '../queries/ideas.ts';
import { carryVotes, recountVotes, votesOf } from '../queries/votes.ts';
import type { IdeaDto } from '../schemas.ts';
import { ideaView } from './read-idea.ts';

/** Both rows locked in id order, so two staff merging the same pair both ways cannot deadlock. */
async function lockPair(tx: Tx, a: string, b: string): Promise<void> {
  for (const id of [a, b].sort()) await findIdea(tx.db, id, true);
}

/** Everyone who should hear that the duplicate went away: its author, voters and followers. */
async function audienceOf(tx: Tx, idea: IdeaRow): Promise<string[]> {
  const voters = (await votesOf(tx.db, idea.id)).map((vote) => vote.memberId);
  return reachableAccounts(tx.db, [idea.authorId, ...voters, ...(await followerIds(tx.db, idea.id))]);
}

/**
 * Merges a duplicate into another idea on the same board: its votes (a member who voted for both
 * keeps one), followers and comments move over, the duplicate points at the survivor (its address
 * leads there), both histories say so, and the duplicate's people are told where their vote went.
 */
export async function mergeIdeas(
  ctx: AppContext,
  actor: Actor | null,
  fromId: string,
  intoId: string,
  meta: RequestMeta,
): Promise<IdeaDto> {
  const staff = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const from = await loadIdea(tx.db, fromId, staff);
    if (!canManage(from.space, staff))
      throw policyErrors.raise.AUTH_FORBIDDEN({ message: 'Only moderators of this board merge ideas.' });
    if (from.mergedFrom) throw fail.IDEA_ALREADY_MERGED();
    const into = await loadIdea(tx.db, intoId, staff);
    if (into.idea.id === from.idea.id) throw fail.IDEA_MERGE_SELF();
    if (into.space.id !== from.space.id) throw fail.IDEA_MERGE_OTHER_BOARD();
    await lockPair(tx, from.idea.id, into.idea.id);
    const now = ctx.clock.now();
    const told = await audienceOf(tx, from.idea);
    const carried = await carryVotes(tx.db, from.idea.id, into.idea.id);
    await carryFollowers(tx.db, from.idea.id, into.idea.id);
    await moveComments(tx.db, from.idea.id, into.idea.id);
    await repointMerged(tx.db, from.idea.id, into.idea.id);
    await updateIdea(tx.db, from.idea.id, { mergedInto: into.idea.id, mergedAt: now, updatedAt: now });
    await recountVotes(tx.db, from.idea.id, now);
    await recountVotes(tx.db, into.idea.id, now);
    const event = { fromStatus: null, toStatus: null, note: null, byUserId: staff.userId, at: now };
    await insertEvents(tx.db, [
      { ...event, id: newId(), ideaId: from.idea.id, kind: 'merged_away', otherIdeaId: into.idea.id },
      { ...event, id: newId(), ideaId: into.idea.id, kind: 'merged_in', otherIdeaId: from.idea.id },
    ]);
    await notify(tx, ctx, mergeNotices(from.idea, into.idea, told, staff.userId));
    await auditIdeaAction(tx, ctx, {
      actorId: staff.userId,
      action: 'ideas.merged',
      targetId: into.idea.id,
      meta,
      data: { from: from.idea.id, votesCarried: carried },
    });
    await announceIdeaChanged(tx, ctx, into.space, [from.idea.id, into.idea.id]);
    const survivor = await loadIdea(tx.db, into.idea.id, staff);
    return ideaView(tx.db, survivor, staff);
  });
}
