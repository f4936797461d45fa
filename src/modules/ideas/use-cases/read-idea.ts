import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { renderMarkdown } from '../../../core/markdown.ts';
import type { Db } from '../../../db/index.ts';
import { boardState } from '../board.ts';
import { ideaSummary, person, sourceOf } from '../dto.ts';
import { loadIdea, type IdeaScope } from '../load.ts';
import { namesOf } from '../people.ts';
import { canComment, canFollow, canInspect, canManage, canVote, ideaPolicy } from '../policy.ts';
import { isFollowing } from '../queries/followers.ts';
import { commentsOf, eventsOf } from '../queries/history.ts';
import { titlesOf } from '../queries/ideas.ts';
import { votesOf } from '../queries/votes.ts';
import type { IdeaDto } from '../schemas.ts';
import { isOpen, type IdeaStatus } from '../statuses.ts';

const commentCap = 500;

/** An idea's page; a merged idea's id answers with the one it went into (`mergedFrom` says so). */
export async function readIdea(ctx: AppContext, actor: Actor | null, id: string): Promise<IdeaDto> {
  const db = ctx.database.db;
  return ideaView(db, await loadIdea(db, id, actor), actor);
}

/** Everything the idea page shows; voters and sources only to those who may inspect the board. */
export async function ideaView(db: Db, scope: IdeaScope, actor: Actor | null): Promise<IdeaDto> {
  const { idea, space } = scope;
  const inspect = canInspect(space, actor);
  const [votes, events, comments] = [
    await votesOf(db, idea.id),
    await eventsOf(db, idea.id),
    await commentsOf(db, idea.id, commentCap),
  ];
  const names = await namesOf(
    db,
    [idea.authorId, ...votes.map((v) => v.memberId)],
    [
      idea.capturedBy,
      idea.responseBy,
      ...events.map((e) => e.byUserId),
      ...comments.map((c) => c.authorId),
      ...votes.map((v) => v.capturedBy),
    ],
  );
  const titles = await titlesOf(db, [
    ...events.flatMap((e) => (e.otherIdeaId ? [e.otherIdeaId] : [])),
    ...votes.flatMap((v) => (v.carriedFrom ? [v.carriedFrom] : [])),
  ]);
  const other = (otherId: string | null) =>
    otherId ? { id: otherId, title: titles.get(otherId) ?? 'An earlier idea' } : null;
  const voted = actor !== null && votes.some((v) => v.memberId === actor.userId);
  const summary = ideaSummary(
    {
      ...idea,
      voteCount: votes.length,
      score: votes.length,
      demand: 0,
      recentVotes: 0,
      commentCount: comments.length,
    },
    names,
    voted,
  );
  return {
    ...summary,
    bodyHtml: renderMarkdown(idea.body),
    bodyMarkdown: idea.body,
    board: await boardState(db, space, actor),
    response:
      idea.response && idea.responseAt
        ? {
            status: idea.status as IdeaStatus,
            html: renderMarkdown(idea.response),
            by: person(idea.responseBy, names),
            at: idea.responseAt.toISOString(),
          }
        : null,
    mergedFrom: scope.mergedFrom ? { id: scope.mergedFrom.id, title: scope.mergedFrom.title } : null,
    following: actor !== null && (await isFollowing(db, idea.id, actor.userId)),
    source: inspect ? sourceOf(idea, idea.sourceExcerpt, names) : null,
    history: events.map((event) => ({
      id: event.id,
      kind: event.kind,
      fromStatus: event.fromStatus as IdeaStatus | null,
      toStatus: event.toStatus as IdeaStatus | null,
      otherIdea: other(event.otherIdeaId),
      note: event.note,
      by: person(event.byUserId, names),
      at: event.at.toISOString(),
    })),
    comments: comments.map((comment) => ({
      id: comment.id,
      author: person(comment.authorId, names) ?? { id: comment.authorId, name: 'Someone' },
      html: renderMarkdown(comment.body),
      at: comment.createdAt.toISOString(),
    })),
    voters: inspect
      ? votes.map((vote) => ({
          member: person(vote.memberId, names) ?? { id: vote.memberId, name: 'Someone' },
          at: vote.createdAt.toISOString(),
          source: sourceOf(vote, null, names),
          carriedFrom: other(vote.carriedFrom),
        }))
      : null,
    can: {
      vote: canVote(space, actor) && isOpen(idea.status),
      follow: canFollow(space, actor),
      comment: canComment(space, actor),
      manage: canManage(space, actor),
      capture: ideaPolicy.can(actor, 'capture'),
    },
  };
}
