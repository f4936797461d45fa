import type { Actor } from '../../core/actor.ts';
import { isRole, staffRoles } from '../../core/roles.ts';
import type { UserCard } from '../accounts/index.ts';
import type { SpaceKind, SpaceRow } from '../spaces/index.ts';
import {
  canAccept,
  canActAsStaff,
  canEditPost,
  canFlag,
  canMarkHelpful,
  canModerate,
  canReply,
  canSeeHistory,
  isStaff,
  type ThreadScope,
} from './policy.ts';
import type { PagePostRow } from './queries/posts.ts';
import type { ThreadRow } from './queries/threads.ts';
import type { AuthorDto, PostDto, ThreadDto, ThreadSummaryDto } from './schemas.ts';

export type Cards = ReadonlyMap<string, UserCard>;

export function toAuthor(card: UserCard | undefined): AuthorDto | null {
  if (!card || !isRole(card.role)) return null;
  return {
    id: card.id,
    name: card.name,
    handle: card.handle,
    role: card.role,
    staff: staffRoles.includes(card.role),
  };
}

export function spaceRef(space: SpaceRow | null | undefined) {
  if (!space) return null;
  return { id: space.id, slug: space.slug, name: space.name, kind: space.kind as SpaceKind };
}

/** Everyone a thread summary names: load their cards before mapping. */
export function peopleOf(threads: readonly ThreadRow[]): string[] {
  return threads.flatMap((thread) => [thread.authorId, thread.lastPosterId]);
}

export function toThreadSummary(
  thread: ThreadRow,
  space: SpaceRow | null | undefined,
  cards: Cards,
  hideContent = false,
): ThreadSummaryDto {
  return {
    id: thread.id,
    title: thread.title,
    space: spaceRef(space),
    visibility: thread.visibility as ThreadSummaryDto['visibility'],
    author: toAuthor(cards.get(thread.authorId)),
    lastPoster: hideContent ? null : toAuthor(cards.get(thread.lastPosterId)),
    excerpt: hideContent ? '' : excerpt(thread.openingText),
    createdAt: thread.createdAt.toISOString(),
    lastPostedAt: thread.lastPostedAt.toISOString(),
    replyCount: thread.postCount - 1,
    pinned: thread.pinnedAt !== null,
    locked: thread.lockedAt !== null,
    closed: thread.closedAt !== null,
    takenPrivate: thread.takenPrivateAt !== null,
    acknowledgedAt: thread.acknowledgedAt?.toISOString() ?? null,
    solved: thread.acceptedPostId !== null,
    solvedByCommunity: thread.solvedByCommunity,
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 200 ? flat : `${flat.slice(0, 197).trimEnd()}…`;
}

export function privateNoteFor(thread: ThreadRow): string | null {
  if (!thread.takenPrivateAt) return null;
  const day = thread.takenPrivateAt.toISOString().slice(0, 10);
  return `Our team took this conversation private on ${day} to help in person. Nothing was deleted; it continues between the member and staff.`;
}

export function toThread(scope: ThreadScope, actor: Actor | null, cards: Cards, stub: boolean): ThreadDto {
  const { thread } = scope;
  return {
    ...toThreadSummary(thread, scope.space, cards, stub),
    version: thread.version,
    acceptedPostId: stub ? null : thread.acceptedPostId,
    privateNote: privateNoteFor(thread),
    participants: stub
      ? []
      : scope.participantIds.map((id) => toAuthor(cards.get(id))).filter((a) => a !== null),
    can: {
      reply: !stub && canReply(scope, actor),
      moderate: !stub && canModerate(scope, actor),
      accept: !stub && canAccept(scope, actor),
      actAsStaff: !stub && canActAsStaff(scope, actor),
      seeHistory: !stub && canSeeHistory(scope, actor),
    },
  };
}

export interface PostView {
  scope: ThreadScope;
  actor: Actor | null;
  cards: Cards;
  helpfulByMe: ReadonlySet<string>;
}

/** A hidden post keeps its place; only moderators still see what it said. */
export function toPost(post: PagePostRow, view: PostView): PostDto {
  const { scope, actor } = view;
  const moderator = canModerate(scope, actor);
  const mine = actor?.userId === post.authorId;
  const hidden = post.hiddenAt !== null;
  const shown = !hidden || moderator || mine;
  const question = post.number === 1;
  const answerable = !question && !hidden && post.kind === 'post';
  const author = toAuthor(view.cards.get(post.authorId));
  return {
    id: post.id,
    number: post.number,
    kind: post.kind === 'note' ? 'note' : 'post',
    author,
    html: shown ? post.bodyHtml : '',
    // The source, for editing and quoting: signed-in readers only (visitors' pages are shared and cached).
    markdown: shown && actor !== null ? post.bodyMarkdown : null,
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString() ?? null,
    editCount: post.editCount,
    official: post.official,
    accepted: scope.thread.acceptedPostId === post.id,
    helpfulCount: post.helpfulCount,
    helpfulByMe: view.helpfulByMe.has(post.id),
    hidden,
    hiddenReason: hidden ? post.hiddenReason : null,
    can: {
      edit: post.kind === 'post' && canEditPost(scope, actor, post.authorId),
      flag: !mine && post.kind === 'post' && canFlag(scope, actor),
      accept: answerable && canAccept(scope, actor),
      helpful: !mine && answerable && canMarkHelpful(scope, actor),
      moderate: moderator,
      markOfficial: !question && post.kind === 'post' && author?.staff === true && isStaff(actor),
    },
  };
}
