import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { loadScope } from '../load.ts';
import { threadAccess } from '../policy.ts';
import { findPost } from '../queries/posts.ts';

/** What another module may quote of a post (e.g. an idea captured from it), with its author's account. */
export interface PostSource {
  authorId: string;
  threadTitle: string;
  link: string;
  excerpt: string;
}

/** A post the actor may read in full; null when it does not exist for them (or is Hearth's own note). */
export async function postSource(db: Db, actor: Actor | null, postId: string): Promise<PostSource | null> {
  const post = await findPost(db, postId);
  if (!post || post.kind !== 'post') return null;
  const scope = await loadScope(db, post.threadId);
  if (threadAccess(scope, actor) !== 'full') return null;
  return {
    authorId: post.authorId,
    threadTitle: scope.thread.title,
    link: `/t/${post.threadId}?post=${post.id}`,
    excerpt: post.bodyText,
  };
}
