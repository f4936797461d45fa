import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { toSpace, type SpaceDto } from '../dto.ts';
import { fail } from '../errors.ts';
import { canReadSpace, isSiteModerator } from '../policy.ts';
import { findSpace, listSpaces, moderatorsOf } from '../queries.ts';

/** The spaces this caller may read, in the admin's order. */
export async function listSpacesFor(ctx: AppContext, actor: Actor | null): Promise<SpaceDto[]> {
  const rows = (await listSpaces(ctx.database.db, isSiteModerator(actor))).filter((space) =>
    canReadSpace(space, actor),
  );
  const moderators = await moderatorsOf(
    ctx.database.db,
    rows.map((space) => space.id),
  );
  return rows.map((space) => toSpace(space, moderators.get(space.id) ?? [], actor));
}

/** One space by its address; a space the caller may not read is "not found", not "forbidden". */
export async function getSpaceFor(ctx: AppContext, actor: Actor | null, slug: string): Promise<SpaceDto> {
  const space = await findSpace(ctx.database.db, { slug });
  if (!space || !canReadSpace(space, actor)) throw fail.SPACE_NOT_FOUND();
  const moderators = await moderatorsOf(ctx.database.db, [space.id]);
  return toSpace(space, moderators.get(space.id) ?? [], actor);
}
