import type { Actor } from '../../core/actor.ts';
import { staffRoles } from '../../core/roles.ts';
import {
  canModerateSpace,
  canReadSpace,
  canReplyInSpace,
  type SpaceWithModerators,
} from '../spaces/index.ts';
import type { ThreadRow } from './queries/threads.ts';

/** A thread with what its rules depend on: its space (none for direct messages) and participants. */
export interface ThreadScope {
  thread: ThreadRow;
  space: SpaceWithModerators | null;
  participantIds: readonly string[];
}

export function isStaff(actor: Actor | null): boolean {
  return actor !== null && staffRoles.includes(actor.role);
}

function takesPart(scope: ThreadScope, actor: Actor | null): boolean {
  return (
    actor !== null && (scope.thread.authorId === actor.userId || scope.participantIds.includes(actor.userId))
  );
}

export function moderates(scope: ThreadScope, actor: Actor | null): boolean {
  return scope.space !== null && canModerateSpace(actor, scope.space.moderatorIds);
}

/**
 * What a reader sees of a thread. A private conversation that staff took out of public view leaves
 * a stub (title and note) where it was; any other private thread does not exist for outsiders.
 */
export function threadAccess(scope: ThreadScope, actor: Actor | null): 'full' | 'stub' | 'none' {
  const { thread, space } = scope;
  if (thread.visibility === 'direct') return takesPart(scope, actor) ? 'full' : 'none';
  const readsSpace = space !== null && canReadSpace(space, actor);
  if (thread.visibility === 'public') return readsSpace ? 'full' : 'none';
  if (takesPart(scope, actor) || isStaff(actor) || moderates(scope, actor)) return 'full';
  return thread.takenPrivateAt !== null && readsSpace ? 'stub' : 'none';
}

/** Locked and closed threads take replies from moderators only. */
export function canReply(scope: ThreadScope, actor: Actor | null): boolean {
  if (actor === null || threadAccess(scope, actor) !== 'full') return false;
  const { thread, space } = scope;
  if (thread.lockedAt || thread.closedAt) return moderates(scope, actor);
  if (thread.visibility !== 'public') return true;
  return space !== null && canReplyInSpace(space, actor);
}

export function canEditPost(scope: ThreadScope, actor: Actor | null, authorId: string): boolean {
  if (actor === null || threadAccess(scope, actor) !== 'full') return false;
  if (moderates(scope, actor)) return true;
  return actor.userId === authorId && scope.thread.lockedAt === null;
}

export function canSeeHistory(scope: ThreadScope, actor: Actor | null): boolean {
  return threadAccess(scope, actor) === 'full' && (isStaff(actor) || moderates(scope, actor));
}

/** The asker, staff and the space's moderators choose the accepted answer. */
export function canAccept(scope: ThreadScope, actor: Actor | null): boolean {
  if (scope.space?.kind !== 'questions' || threadAccess(scope, actor) !== 'full') return false;
  return actor?.userId === scope.thread.authorId || isStaff(actor) || moderates(scope, actor);
}

/** Any signed-in reader, guests included, can say a reply helped them. */
export function canMarkHelpful(scope: ThreadScope, actor: Actor | null): boolean {
  return actor !== null && threadAccess(scope, actor) === 'full';
}

/** Members and everyone above them flag; guests only read. */
export function canFlag(scope: ThreadScope, actor: Actor | null): boolean {
  return actor !== null && actor.role !== 'guest' && threadAccess(scope, actor) === 'full';
}

export function canModerate(scope: ThreadScope, actor: Actor | null): boolean {
  return threadAccess(scope, actor) === 'full' && moderates(scope, actor);
}

/** Staff speak for the organisation: they take conversations private and acknowledge complaints. */
export function canActAsStaff(scope: ThreadScope, actor: Actor | null): boolean {
  return threadAccess(scope, actor) === 'full' && (isStaff(actor) || moderates(scope, actor));
}
