import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../db/index.ts';
import { canReadSpace, listSpaces, type SpaceRow } from '../spaces/index.ts';
import { isStaff } from './policy.ts';
import type { SearchScope } from './queries/search.ts';

/** The spaces someone may read, and whose private threads they may find there. */
export async function readableScope(
  db: Db,
  actor: Actor | null,
): Promise<SearchScope & { spaces: Map<string, SpaceRow> }> {
  const spaces = (await listSpaces(db, true)).filter((space) => canReadSpace(space, actor));
  return {
    spaces: new Map(spaces.map((space) => [space.id, space])),
    spaceIds: spaces.map((space) => space.id),
    privateVisibleTo: isStaff(actor) ? 'all' : actor ? { userId: actor.userId } : 'none',
  };
}
