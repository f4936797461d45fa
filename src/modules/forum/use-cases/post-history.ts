import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { policyErrors, requireActor } from '../../../core/policy.ts';
import { toAuthor } from '../dto.ts';
import { cardsFor, loadReadablePost } from '../load.ts';
import { canSeeHistory } from '../policy.ts';
import { revisionsOf } from '../queries/posts.ts';
import type { revisionSchema } from '../schemas.ts';

/** Every earlier version of a post, newest first: for staff and the space's moderators. */
export async function postHistory(
  ctx: AppContext,
  actor: Actor | null,
  postId: string,
): Promise<z.infer<typeof revisionSchema>[]> {
  const reader = requireActor(actor);
  const db = ctx.database.db;
  const { scope } = await loadReadablePost(db, postId, reader);
  if (!canSeeHistory(scope, reader)) throw policyErrors.raise.AUTH_FORBIDDEN();
  const revisions = await revisionsOf(db, postId);
  const cards = await cardsFor(
    db,
    revisions.map((revision) => revision.editorId),
  );
  return revisions.map((revision) => ({
    editor: toAuthor(cards.get(revision.editorId)),
    bodyMarkdown: revision.bodyMarkdown,
    title: revision.title,
    reason: revision.reason,
    createdAt: revision.createdAt.toISOString(),
  }));
}
