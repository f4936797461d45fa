import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { policyErrors, requireActor } from '../../../core/policy.ts';
import { announceIdeaChanged } from '../events.ts';
import { loadIdea } from '../load.ts';
import { canComment } from '../policy.ts';
import { insertComment } from '../queries/history.ts';
import type { IdeaDto } from '../schemas.ts';
import { ideaView } from './read-idea.ts';

/** A comment under an idea (Markdown, sanitised when shown); the space's reply roles comment. */
export async function commentOnIdea(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  body: string,
): Promise<IdeaDto> {
  const author = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadIdea(tx.db, id, author);
    if (!canComment(scope.space, author))
      throw policyErrors.raise.AUTH_FORBIDDEN({ message: 'Your role cannot comment on this board.' });
    await insertComment(tx.db, {
      id: newId(),
      ideaId: scope.idea.id,
      authorId: author.userId,
      body,
      createdAt: ctx.clock.now(),
      deletedAt: null,
    });
    await announceIdeaChanged(tx, ctx, scope.space, [scope.idea.id]);
    return ideaView(tx.db, scope, author);
  });
}
