import { actorOf, type UserCard } from '../accounts/index.ts';
import type { NotificationDraft } from '../notifications/index.ts';
import { threadAccess, type ThreadScope } from './policy.ts';
import type { PostRow } from './queries/posts.ts';

function canSee(scope: ThreadScope, card: UserCard): boolean {
  const reader = actorOf(card);
  return reader !== null && threadAccess(scope, reader) === 'full';
}

/** Mentions notify people who can read the thread; nobody is told about their own words. */
export function mentionNotices(
  scope: ThreadScope,
  post: PostRow,
  mentioned: readonly UserCard[],
): NotificationDraft[] {
  return mentioned
    .filter((card) => card.id !== post.authorId && canSee(scope, card))
    .map((card) => ({
      userId: card.id,
      kind: 'mention',
      actorId: post.authorId,
      threadId: scope.thread.id,
      postId: post.id,
      title: scope.thread.title,
    }));
}

/** A reply tells the thread's author and the other people in a private conversation. */
export function replyNotices(
  scope: ThreadScope,
  post: PostRow,
  skip: ReadonlySet<string>,
): NotificationDraft[] {
  const { thread } = scope;
  const people = new Set([thread.authorId, ...scope.participantIds]);
  const kind = thread.visibility === 'direct' ? 'message' : 'reply';
  return [...people]
    .filter((userId) => userId !== post.authorId && !skip.has(userId))
    .map((userId) => ({
      userId,
      kind,
      actorId: post.authorId,
      threadId: thread.id,
      postId: post.id,
      title: thread.title,
    }));
}
