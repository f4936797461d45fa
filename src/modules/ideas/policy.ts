import type { Actor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import {
  canModerateSpace,
  canPostInSpace,
  canReadSpace,
  canReplyInSpace,
  type SpaceWithModerators,
} from '../spaces/index.ts';

/**
 * Ideas follow their space's audiences: readers read the board, posters submit and vote, repliers
 * comment. Statuses, official responses and merges belong to whoever moderates the space (site
 * moderators: admin, manager, moderator; and the space's own moderators).
 */
export const ideaPolicy = definePolicy({
  /** Record an idea or a vote for someone, from a conversation, a mention or a post. */
  capture: ['admin', 'manager', 'agent', 'moderator'],
  /** See who voted (and where staff heard it), and rank by a saved member segment. */
  inspect: ['admin', 'manager', 'agent', 'moderator'],
  /** A board's vote budget. */
  configure: ['admin', 'manager'],
  /** The demand report (F4): most requested ideas and most reported bugs; who reads the inbox's reports. */
  report: ['admin', 'manager'],
});

export function canReadBoard(space: SpaceWithModerators, actor: Actor | null): boolean {
  return canReadSpace(space, actor);
}

export function canSubmit(space: SpaceWithModerators, actor: Actor | null): boolean {
  return canPostInSpace(space, actor);
}

/** Voting is a kind of posting: the space's post roles vote. */
export function canVote(space: SpaceWithModerators, actor: Actor | null): boolean {
  return canPostInSpace(space, actor);
}

export function canComment(space: SpaceWithModerators, actor: Actor | null): boolean {
  return canReplyInSpace(space, actor);
}

/** Following only needs an account that may read the board. */
export function canFollow(space: SpaceWithModerators, actor: Actor | null): boolean {
  return actor !== null && canReadSpace(space, actor);
}

export function canManage(space: SpaceWithModerators, actor: Actor | null): boolean {
  return canReadSpace(space, actor) && canModerateSpace(actor, space.moderatorIds);
}

export function canInspect(space: SpaceWithModerators, actor: Actor | null): boolean {
  return canManage(space, actor) || (canReadSpace(space, actor) && ideaPolicy.can(actor, 'inspect'));
}
