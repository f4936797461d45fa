import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { cardsFor, loadScope } from '../load.ts';
import { peopleOf, toPost, toThread } from '../dto.ts';
import { fail } from '../errors.ts';
import { threadAccess } from '../policy.ts';
import { findPost, helpfulMarks, postsInRange } from '../queries/posts.ts';
import type { ThreadPageDto } from '../schemas.ts';

/**
 * One page of a thread. Outsiders get "not found" for a private thread, or only its stub and the
 * public note when staff took it private. The accepted answer comes along to show under the question.
 */
export async function readThreadPage(
  ctx: AppContext,
  actor: Actor | null,
  threadId: string,
  paging: { page: number; pageSize: number; post?: string | undefined },
): Promise<ThreadPageDto> {
  const db = ctx.database.db;
  const scope = await loadScope(db, threadId);
  const access = threadAccess(scope, actor);
  if (access === 'none') throw fail.THREAD_NOT_FOUND();
  const { thread } = scope;
  const pageCount = Math.max(1, Math.ceil(thread.postCount / paging.pageSize));
  const target = paging.post ? await findPost(db, paging.post) : undefined;
  const wanted = target?.threadId === thread.id ? Math.ceil(target.number / paging.pageSize) : paging.page;
  const page = Math.min(wanted, pageCount);
  const stub = access === 'stub';
  const from = (page - 1) * paging.pageSize + 1;
  const posts = stub ? [] : await postsInRange(db, thread.id, from, from + paging.pageSize - 1);
  const accepted = !stub && thread.acceptedPostId ? await findPost(db, thread.acceptedPostId) : undefined;
  const shown = accepted ? [...posts, accepted] : posts;
  const cards = await cardsFor(db, [
    ...peopleOf([thread]),
    ...scope.participantIds,
    ...shown.map((post) => post.authorId),
  ]);
  const helpfulByMe = actor
    ? await helpfulMarks(
        db,
        actor.userId,
        shown.map((post) => post.id),
      )
    : new Set<string>();
  const view = { scope, actor, cards, helpfulByMe };
  return {
    thread: toThread(scope, actor, cards, stub),
    posts: posts.map((post) => toPost(post, view)),
    acceptedAnswer: accepted ? toPost(accepted, view) : null,
    page,
    pageSize: paging.pageSize,
    pageCount,
  };
}
