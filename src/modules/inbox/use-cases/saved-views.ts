import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { fail } from '../errors.ts';
import { inboxPolicy } from '../policy.ts';
import { deleteViewOf, insertView, viewsOf, type SavedViewRow } from '../queries/views.ts';
import { viewFiltersSchema, type savedViewInput, type savedViewSchema } from '../schemas.ts';

type SavedView = z.infer<typeof savedViewSchema>;

// A rail of views longer than this stops being quicker than the filters themselves.
const maxViews = 50;

/** Filters saved by an older version may name what no longer exists: they are dropped, not fatal. */
function toDto(row: SavedViewRow): SavedView {
  const parsed = viewFiltersSchema.safeParse(row.filters);
  return { id: row.id, name: row.name, filters: parsed.success ? parsed.data : {} };
}

export async function listSavedViews(ctx: AppContext, actor: Actor | null): Promise<SavedView[]> {
  const worker = inboxPolicy.authorize(actor, 'work');
  return (await viewsOf(ctx.database.db, worker.userId)).map(toDto);
}

export async function saveView(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof savedViewInput>,
): Promise<SavedView> {
  const worker = inboxPolicy.authorize(actor, 'work');
  return ctx.database.transaction(async (tx) => {
    if ((await viewsOf(tx.db, worker.userId)).length >= maxViews) throw fail.VIEW_LIMIT_REACHED();
    const row = await insertView(tx.db, {
      id: newId(),
      userId: worker.userId,
      name: input.name,
      filters: input.filters as Record<string, string>,
      createdAt: ctx.clock.now(),
    });
    return toDto(row);
  });
}

export async function removeSavedView(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  const worker = inboxPolicy.authorize(actor, 'work');
  const removed = await ctx.database.transaction((tx) => deleteViewOf(tx.db, worker.userId, id));
  if (!removed) throw fail.VIEW_NOT_FOUND();
}
