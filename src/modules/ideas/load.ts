import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../db/index.ts';
import { loadSpace, type SpaceWithModerators } from '../spaces/index.ts';
import { fail } from './errors.ts';
import { canReadBoard } from './policy.ts';
import { findIdea, type IdeaRow } from './queries/ideas.ts';

/** An ideas space the actor may read, or "not found" (another kind of space is not a board). */
export async function loadBoard(
  db: Db,
  by: { id: string } | { slug: string },
  actor: Actor | null,
): Promise<SpaceWithModerators> {
  const space = await loadSpace(db, by);
  if (!space || space.kind !== 'ideas' || !canReadBoard(space, actor)) throw fail.IDEA_BOARD_NOT_FOUND();
  return space;
}

export interface IdeaScope {
  idea: IdeaRow;
  space: SpaceWithModerators;
  /** The idea asked for, when it was merged into `idea`. */
  mergedFrom: IdeaRow | null;
}

/** Merges are re-pointed to their final survivor, but an old chain still ends within a few hops. */
const maxHops = 5;

/**
 * The idea an id leads to, following merges (a merged idea answers with the one it went into), on
 * a board the actor may read; `lock` holds the survivor's row until the transaction ends.
 */
export async function loadIdea(db: Db, id: string, actor: Actor | null, lock = false): Promise<IdeaScope> {
  let idea = await findIdea(db, id, lock);
  const asked = idea ?? null;
  for (let hop = 0; idea?.mergedInto && hop < maxHops; hop++)
    idea = await findIdea(db, idea.mergedInto, lock);
  if (!idea || idea.mergedInto) throw fail.IDEA_NOT_FOUND();
  const space = await loadSpace(db, { id: idea.spaceId });
  if (!space || !canReadBoard(space, actor)) throw fail.IDEA_NOT_FOUND();
  return { idea, space, mergedFrom: asked && asked.id !== idea.id ? asked : null };
}
