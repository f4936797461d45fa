import type { Actor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { Role } from '../../core/roles.ts';
import type { Audience, SpaceKind } from './schemas.ts';

export const spacePolicy = definePolicy({
  'spaces.manage': ['admin'],
});

/** Site-wide moderators see and moderate every space, whatever its audiences say. */
const siteModerators: readonly Role[] = ['admin', 'manager', 'moderator'];
const participants: Audience[] = ['admin', 'manager', 'agent', 'moderator', 'staff', 'member'];
const speakers: Audience[] = ['admin', 'manager', 'staff'];

export interface SpaceAccess {
  readRoles: readonly string[];
  postRoles: readonly string[];
  replyRoles: readonly string[];
  archivedAt: Date | null;
}

function admits(audience: readonly string[], actor: Actor | null): boolean {
  if (audience.includes('anyone')) return true;
  if (actor === null) return false;
  return (
    audience.includes(actor.role) || (actor.groupIds ?? []).some((id) => audience.includes(`group:${id}`))
  );
}

export function isSiteModerator(actor: Actor | null): boolean {
  return actor !== null && siteModerators.includes(actor.role);
}

export function canReadSpace(space: SpaceAccess, actor: Actor | null): boolean {
  if (isSiteModerator(actor)) return true;
  return space.archivedAt === null && admits(space.readRoles, actor);
}

/** Archived spaces are read-only for everyone. */
export function canPostInSpace(space: SpaceAccess, actor: Actor | null): boolean {
  return (
    actor !== null &&
    space.archivedAt === null &&
    canReadSpace(space, actor) &&
    admits(space.postRoles, actor)
  );
}

export function canReplyInSpace(space: SpaceAccess, actor: Actor | null): boolean {
  return (
    actor !== null &&
    space.archivedAt === null &&
    canReadSpace(space, actor) &&
    admits(space.replyRoles, actor)
  );
}

export function canModerateSpace(actor: Actor | null, moderatorIds: readonly string[]): boolean {
  return isSiteModerator(actor) || (actor !== null && moderatorIds.includes(actor.userId));
}

/** Sensible audiences for a new space of each kind, when the admin names none. */
export function defaultAudiences(kind: SpaceKind): {
  readRoles: Audience[];
  postRoles: Audience[];
  replyRoles: Audience[];
} {
  return {
    readRoles: ['anyone'],
    postRoles: kind === 'announcements' ? speakers : participants,
    replyRoles: participants,
  };
}
