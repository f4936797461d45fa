import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import { peopleOf, toAuthor, toPost, toThreadSummary } from '../dto.ts';
import { cardsFor, loadScope } from '../load.ts';
import { canModerate } from '../policy.ts';
import { fail } from '../errors.ts';
import { openFlags } from '../queries/flags.ts';
import { findPost } from '../queries/posts.ts';
import { isSiteModerator } from '../../spaces/index.ts';
import type { ModerationItem } from '../schemas.ts';

/**
 * Flagged posts waiting for a moderator, oldest first, grouped per post with every flag's reason.
 * Space moderators see the flags of their spaces only.
 */
export async function moderationQueue(ctx: AppContext, actor: Actor | null): Promise<ModerationItem[]> {
  const moderator = requireActor(actor);
  const db = ctx.database.db;
  const flags = await openFlags(db, 500);
  const byPost = new Map<string, typeof flags>();
  for (const flag of flags) byPost.set(flag.postId, [...(byPost.get(flag.postId) ?? []), flag]);
  const items: ModerationItem[] = [];
  let moderatesAny = isSiteModerator(moderator);
  for (const [postId, postFlags] of byPost) {
    const post = await findPost(db, postId);
    if (!post) continue;
    const scope = await loadScope(db, post.threadId);
    if (!canModerate(scope, moderator)) continue;
    moderatesAny = true;
    const cards = await cardsFor(db, [
      post.authorId,
      ...peopleOf([scope.thread]),
      ...postFlags.map((f) => f.flaggerId),
    ]);
    items.push({
      thread: toThreadSummary(scope.thread, scope.space, cards),
      post: toPost(post, { scope, actor: moderator, cards, helpfulByMe: new Set() }),
      flags: postFlags.map((flag) => ({
        id: flag.id,
        reason: flag.reason as ModerationItem['flags'][number]['reason'],
        note: flag.note,
        flagger: toAuthor(cards.get(flag.flaggerId)),
        createdAt: flag.createdAt.toISOString(),
      })),
    });
  }
  if (!moderatesAny) throw fail.MODERATION_FORBIDDEN();
  return items;
}
