import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import type { Db } from '../../../db/index.ts';
import { isSiteModerator, listSpaces, moderatorsOf } from '../../spaces/index.ts';
import { peopleOf, toAuthor, toPost, toThreadSummary } from '../dto.ts';
import { fail } from '../errors.ts';
import { cardsFor, loadScope } from '../load.ts';
import { canModerate, type ThreadScope } from '../policy.ts';
import { openFlags, type FlagRow } from '../queries/flags.ts';
import { postsByIds } from '../queries/posts.ts';
import type { ModerationItem } from '../schemas.ts';

/** Site moderators, and anyone who moderates at least one space, have a queue (maybe empty). */
async function moderatesSomething(db: Db, actor: Actor): Promise<boolean> {
  if (isSiteModerator(actor)) return true;
  const spaces = await listSpaces(db, true);
  const moderators = await moderatorsOf(
    db,
    spaces.map((space) => space.id),
  );
  return [...moderators.values()].some((ids) => ids.includes(actor.userId));
}

/**
 * Flagged posts waiting for a moderator, oldest first, grouped per post with every flag's reason.
 * Space moderators see the flags of their spaces only.
 */
export async function moderationQueue(ctx: AppContext, actor: Actor | null): Promise<ModerationItem[]> {
  const moderator = requireActor(actor);
  const db = ctx.database.db;
  if (!(await moderatesSomething(db, moderator))) throw fail.MODERATION_FORBIDDEN();
  const flags = await openFlags(db, 500);
  const byPost = new Map<string, FlagRow[]>();
  for (const flag of flags) byPost.set(flag.postId, [...(byPost.get(flag.postId) ?? []), flag]);
  const posts = await postsByIds(db, [...byPost.keys()]);
  const scopes = new Map<string, ThreadScope>();
  for (const threadId of new Set(posts.map((post) => post.threadId)))
    scopes.set(threadId, await loadScope(db, threadId));
  const visible = posts.filter((post) => {
    const scope = scopes.get(post.threadId);
    return scope !== undefined && canModerate(scope, moderator);
  });
  const cards = await cardsFor(db, [
    ...visible.map((post) => post.authorId),
    ...peopleOf([...scopes.values()].map((scope) => scope.thread)),
    ...flags.map((flag) => flag.flaggerId),
  ]);
  return [...byPost.entries()].flatMap(([postId, postFlags]) => {
    const post = visible.find((candidate) => candidate.id === postId);
    const scope = post ? scopes.get(post.threadId) : undefined;
    if (!post || !scope) return [];
    return [
      {
        thread: toThreadSummary(scope.thread, scope.space, cards),
        post: toPost(post, { scope, actor: moderator, cards, helpfulByMe: new Set() }),
        flags: postFlags.map((flag) => ({
          id: flag.id,
          reason: flag.reason as ModerationItem['flags'][number]['reason'],
          note: flag.note,
          flagger: toAuthor(cards.get(flag.flaggerId)),
          createdAt: flag.createdAt.toISOString(),
        })),
      },
    ];
  });
}
