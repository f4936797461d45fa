import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { requireActor } from '../../../core/policy.ts';
import { notify } from '../../notifications/index.ts';
import { composeBody, enforceSandbox } from '../compose.ts';
import { announceThreadChanged } from '../events.ts';
import { forumFacts, statePost } from '../facts.ts';
import { fail } from '../errors.ts';
import { cardsFor, loadReadable } from '../load.ts';
import { toPost } from '../dto.ts';
import type { PostDto } from '../schemas.ts';
import { mentionNotices, replyNotices } from '../notices.ts';
import { canReply, moderates, type ThreadScope } from '../policy.ts';
import { insertPost } from '../queries/posts.ts';
import { updateThread } from '../queries/threads.ts';

function refuseReply(scope: ThreadScope, actor: Actor): never {
  const { thread } = scope;
  if (thread.lockedAt && !moderates(scope, actor)) throw fail.THREAD_LOCKED();
  if (thread.closedAt && !moderates(scope, actor)) throw fail.THREAD_CLOSED();
  throw fail.REPLY_FORBIDDEN();
}

/** The thread row is locked while numbering the post, so two replies never share a number. */
export async function replyToThread(
  ctx: AppContext,
  actor: Actor | null,
  threadId: string,
  markdown: string,
): Promise<{ post: PostDto; threadId: string }> {
  const author = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadReadable(tx.db, threadId, author, true);
    if (!canReply(scope, author)) refuseReply(scope, author);
    const body = await composeBody(tx.db, markdown);
    await enforceSandbox(ctx, tx.db, author, body);
    const now = ctx.clock.now();
    const { thread } = scope;
    const post = await insertPost(tx.db, {
      id: newId(),
      threadId,
      number: thread.postCount + 1,
      authorId: author.userId,
      bodyMarkdown: body.markdown,
      bodyHtml: body.html,
      bodyText: body.text,
      createdAt: now,
    });
    const answered = author.userId !== thread.authorId && thread.firstAnsweredAt === null;
    const updated = await updateThread(tx.db, threadId, {
      postCount: post.number,
      lastPostedAt: now,
      lastPosterId: author.userId,
      ...(answered ? { firstAnsweredAt: now } : {}),
    });
    const updatedScope = { ...scope, thread: updated };
    const mentions = mentionNotices(updatedScope, post, body.mentioned);
    const mentionedIds = new Set(mentions.map((draft) => draft.userId));
    await notify(tx, ctx, [...mentions, ...replyNotices(updatedScope, post, mentionedIds)]);
    await announceThreadChanged(tx, ctx, updatedScope);
    await statePost(tx, ctx, forumFacts.replyPosted, updatedScope, post, author);
    const cards = await cardsFor(tx.db, [author.userId]);
    return {
      post: toPost(post, { scope: updatedScope, actor: author, cards, helpfulByMe: new Set() }),
      threadId,
    };
  });
}
