import type { Actor } from '../../core/actor.ts';
import { isRole } from '../../core/roles.ts';
import type { UserCard } from './queries/users.ts';

/**
 * An active person as if they were signed in: to ask what they could see (mentions) or to act for
 * them from Hearth itself (the demo). Null for suspended people and unknown roles.
 */
export function actorOf(card: UserCard): Actor | null {
  if (!isRole(card.role) || card.status !== 'active') return null;
  return {
    userId: card.id,
    role: card.role,
    name: card.name,
    via: 'session',
    sessionId: null,
    tokenId: null,
    scope: 'session',
    groupIds: card.groupIds,
  };
}
