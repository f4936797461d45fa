import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { requireActor } from '../../../core/policy.ts';
import { isUniqueViolation } from '../../../db/index.ts';
import { readCommunitySettings } from '../../system/index.ts';
import { announceFlagsChanged, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { loadReadablePost } from '../load.ts';
import { canFlag } from '../policy.ts';
import { insertFlag, openFlagCount } from '../queries/flags.ts';
import { updatePost } from '../queries/posts.ts';
import { bumpThread } from '../queries/threads.ts';
import type { FlagInput } from '../schemas.ts';

/** Enough open flags hide a post until a moderator reviews it (Discourse's community flagging). */
export async function flagPost(
  ctx: AppContext,
  actor: Actor | null,
  postId: string,
  input: FlagInput,
): Promise<{ openFlags: number; hidden: boolean }> {
  const flagger = requireActor(actor);
  return ctx.database
    .transaction(async (tx) => {
      const { post, scope } = await loadReadablePost(tx.db, postId, flagger, true);
      if (!canFlag(scope, flagger)) throw fail.FLAG_FORBIDDEN();
      if (post.authorId === flagger.userId || post.kind !== 'post')
        throw fail.POST_NOT_FOUND({ message: 'You cannot flag this post.' });
      const now = ctx.clock.now();
      await insertFlag(tx.db, {
        id: newId(),
        postId,
        flaggerId: flagger.userId,
        reason: input.reason,
        note: input.note,
        createdAt: now,
      });
      const open = await openFlagCount(tx.db, postId);
      const threshold = (await readCommunitySettings(tx.db)).autoHideFlagCount;
      const hide = post.hiddenAt === null && open >= threshold;
      if (hide) {
        await updatePost(tx.db, postId, { hiddenAt: now, hiddenReason: 'flags' });
        await bumpThread(tx.db, scope.thread.id);
        await announceThreadChanged(tx, ctx, scope);
      }
      await announceFlagsChanged(tx, ctx, scope, postId);
      return { openFlags: open, hidden: hide || post.hiddenAt !== null };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'post_flags_open_key')) throw fail.ALREADY_FLAGGED();
      throw error;
    });
}
