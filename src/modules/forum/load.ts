import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../db/index.ts';
import { userCards } from '../accounts/index.ts';
import { loadSpace } from '../spaces/index.ts';
import type { Cards } from './dto.ts';
import { fail } from './errors.ts';
import { threadAccess, type ThreadScope } from './policy.ts';
import { findPost, type PostRow } from './queries/posts.ts';
import { findThread, participantsOf } from './queries/threads.ts';

/** A thread and its rules, or "not found"; `lock` holds the row until the transaction ends. */
export async function loadScope(db: Db, threadId: string, lock = false): Promise<ThreadScope> {
  const thread = await findThread(db, threadId, lock);
  if (!thread) throw fail.THREAD_NOT_FOUND();
  const space = thread.spaceId ? ((await loadSpace(db, { id: thread.spaceId })) ?? null) : null;
  return { thread, space, participantIds: await participantsOf(db, thread.id) };
}

/** Loads the thread for someone who must see all of it: a thread they may not read does not exist for them. */
export async function loadReadable(
  db: Db,
  threadId: string,
  actor: Actor | null,
  lock = false,
): Promise<ThreadScope> {
  const scope = await loadScope(db, threadId, lock);
  if (threadAccess(scope, actor) !== 'full') throw fail.THREAD_NOT_FOUND();
  return scope;
}

export async function loadReadablePost(
  db: Db,
  postId: string,
  actor: Actor | null,
  lock = false,
): Promise<{ post: PostRow; scope: ThreadScope }> {
  const post = await findPost(db, postId);
  if (!post) throw fail.POST_NOT_FOUND();
  const scope = await loadScope(db, post.threadId, lock);
  if (threadAccess(scope, actor) !== 'full') throw fail.POST_NOT_FOUND();
  return { post, scope };
}

export async function cardsFor(db: Db, ids: Iterable<string>): Promise<Cards> {
  return userCards(db, [...new Set(ids)]);
}
