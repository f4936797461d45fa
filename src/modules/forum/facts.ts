import type { AppContext } from '../../context.ts';
import type { Actor } from '../../core/actor.ts';
import { staffRoles } from '../../core/roles.ts';
import type { Tx } from '../../db/index.ts';
import type { ThreadScope } from './policy.ts';
import type { PostRow } from './queries/posts.ts';

/** Facts the forum states for other modules (the inbox opens conversations from them). */
export const forumFacts = {
  threadCreated: 'forum.thread_created',
  replyPosted: 'forum.reply_posted',
  answerAccepted: 'forum.answer_accepted',
} as const;

export interface ForumThreadFact {
  threadId: string;
  title: string;
  visibility: string;
  spaceId: string | null;
  spaceSlug: string | null;
  spaceKind: string | null;
}

export interface ForumPostFact extends ForumThreadFact {
  postId: string;
  authorId: string;
  authorIsStaff: boolean;
  text: string;
  html: string;
  createdAt: Date;
}

export interface AnswerAcceptedFact extends ForumThreadFact {
  /** Null when the accepted answer was withdrawn. */
  postId: string | null;
  /** Who wrote the accepted answer (null when it was withdrawn). */
  answerAuthorId: string | null;
  /** The answer accepted before, when this replaced or withdrew it. */
  previousPostId: string | null;
  solvedByCommunity: boolean;
  acceptedBy: string;
  at: Date;
}

function threadFact(scope: ThreadScope): ForumThreadFact {
  return {
    threadId: scope.thread.id,
    title: scope.thread.title,
    visibility: scope.thread.visibility,
    spaceId: scope.space?.id ?? null,
    spaceSlug: scope.space?.slug ?? null,
    spaceKind: scope.space?.kind ?? null,
  };
}

/** A new thread (its opening post) or a reply: the same shape, told apart by the fact's type. */
export async function statePost(
  tx: Tx,
  ctx: AppContext,
  type: typeof forumFacts.threadCreated | typeof forumFacts.replyPosted,
  scope: ThreadScope,
  post: PostRow,
  author: Actor,
): Promise<void> {
  const data: ForumPostFact = {
    ...threadFact(scope),
    postId: post.id,
    authorId: post.authorId,
    authorIsStaff: staffRoles.includes(author.role),
    text: post.bodyText,
    html: post.bodyHtml,
    createdAt: post.createdAt,
  };
  await ctx.events.emit(tx, { type, data });
}

export async function stateAnswerAccepted(
  tx: Tx,
  ctx: AppContext,
  scope: ThreadScope,
  chooser: Actor,
  at: Date,
  answer: { authorId: string | null; previousPostId: string | null },
): Promise<void> {
  const data: AnswerAcceptedFact = {
    ...threadFact(scope),
    postId: scope.thread.acceptedPostId,
    answerAuthorId: answer.authorId,
    previousPostId: answer.previousPostId === scope.thread.acceptedPostId ? null : answer.previousPostId,
    solvedByCommunity: scope.thread.solvedByCommunity,
    acceptedBy: chooser.userId,
    at,
  };
  await ctx.events.emit(tx, { type: forumFacts.answerAccepted, data });
}
