import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { boardState } from '../board.ts';
import { auditIdeaAction, announceIdeaChanged } from '../events.ts';
import { loadBoard } from '../load.ts';
import { ideaPolicy } from '../policy.ts';
import { saveVoteBudget } from '../queries/boards.ts';
import type { BoardDto } from '../schemas.ts';

/**
 * Sets how many open ideas one member may vote for at a time (null: no limit). Votes already
 * cast stay: a lower budget only stops new ones until people take some back.
 */
export async function configureBoard(
  ctx: AppContext,
  actor: Actor | null,
  slug: string,
  input: { voteBudget: number | null },
  meta: RequestMeta,
): Promise<BoardDto> {
  const admin = ideaPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    const space = await loadBoard(tx.db, { slug }, admin);
    await saveVoteBudget(tx.db, space.id, input.voteBudget, ctx.clock.now());
    await auditIdeaAction(tx, ctx, {
      actorId: admin.userId,
      action: 'ideas.board_configured',
      targetId: space.id,
      meta,
      data: { voteBudget: input.voteBudget },
    });
    await announceIdeaChanged(tx, ctx, space, []);
    return boardState(tx.db, space, admin);
  });
}
