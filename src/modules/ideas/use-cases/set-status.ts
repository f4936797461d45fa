import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { policyErrors, requireActor } from '../../../core/policy.ts';
import { notify } from '../../notifications/index.ts';
import { announceIdeaChanged, auditIdeaAction } from '../events.ts';
import { fail } from '../errors.ts';
import { loadIdea } from '../load.ts';
import { statusNotices } from '../notices.ts';
import { reachableAccounts } from '../people.ts';
import { canManage } from '../policy.ts';
import { followerIds } from '../queries/followers.ts';
import { insertEvents } from '../queries/history.ts';
import { updateIdea } from '../queries/ideas.ts';
import { votesOf } from '../queries/votes.ts';
import type { IdeaDto, StatusInput } from '../schemas.ts';
import { ideaView } from './read-idea.ts';

/**
 * Moves an idea along (new → under review → planned → in progress → shipped, or declined) with an
 * official response; the author, voters and followers are told, shipping in its own words.
 * Repeating the status with a new response updates the response (and tells them again).
 */
export async function setIdeaStatus(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: StatusInput,
  meta: RequestMeta,
): Promise<IdeaDto> {
  const staff = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadIdea(tx.db, id, staff, true);
    if (!canManage(scope.space, staff))
      throw policyErrors.raise.AUTH_FORBIDDEN({ message: 'Only moderators of this board set statuses.' });
    const { idea } = scope;
    const response = input.response || null;
    if (input.status === idea.status && (response === null || response === idea.response))
      throw fail.IDEA_STATUS_UNCHANGED();
    const now = ctx.clock.now();
    const moved = input.status !== idea.status;
    // A response belongs to the status it came with: a move without one clears the old one.
    const updated = await updateIdea(tx.db, idea.id, {
      status: input.status,
      statusAt: moved ? now : idea.statusAt,
      response,
      responseBy: response ? staff.userId : null,
      responseAt: response ? now : null,
      updatedAt: now,
    });
    await insertEvents(tx.db, [
      {
        id: newId(),
        ideaId: idea.id,
        kind: 'status',
        fromStatus: idea.status,
        toStatus: input.status,
        otherIdeaId: null,
        note: response,
        byUserId: staff.userId,
        at: now,
      },
    ]);
    const voters = (await votesOf(tx.db, idea.id)).map((vote) => vote.memberId);
    const recipients = await reachableAccounts(tx.db, [
      idea.authorId,
      ...voters,
      ...(await followerIds(tx.db, idea.id)),
    ]);
    await notify(tx, ctx, statusNotices(updated, input.status, response, recipients, staff.userId));
    await auditIdeaAction(tx, ctx, {
      actorId: staff.userId,
      action: 'ideas.status_changed',
      targetId: idea.id,
      meta,
      data: { from: idea.status, to: input.status, responded: response !== null },
    });
    await announceIdeaChanged(tx, ctx, scope.space, [idea.id]);
    return ideaView(tx.db, { ...scope, idea: updated }, staff);
  });
}
