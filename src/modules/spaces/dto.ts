import type { Actor } from '../../core/actor.ts';
import { canModerateSpace, canPostInSpace, canReplyInSpace } from './policy.ts';
import type { SpaceRow } from './queries.ts';
import type { SpaceKind } from './schemas.ts';

export function toSpace(space: SpaceRow, moderatorIds: string[], actor: Actor | null) {
  return {
    id: space.id,
    slug: space.slug,
    name: space.name,
    description: space.description,
    kind: space.kind as SpaceKind,
    position: space.position,
    readRoles: space.readRoles,
    postRoles: space.postRoles,
    replyRoles: space.replyRoles,
    archived: space.archivedAt !== null,
    moderatorIds,
    can: {
      post: canPostInSpace(space, actor),
      reply: canReplyInSpace(space, actor),
      moderate: canModerateSpace(actor, moderatorIds),
    },
  };
}

export type SpaceDto = ReturnType<typeof toSpace>;
