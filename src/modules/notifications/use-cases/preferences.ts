import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireActor } from '../../../core/policy.ts';
import type { Db } from '../../../db/index.ts';
import { readPreferences, writePreferences } from '../queries.ts';
import {
  defaultPreferences,
  notificationKinds,
  resolvePreferences,
  type Preferences,
  type updatePreferencesSchema,
} from '../schemas.ts';

/**
 * Everyone's stored preferences over the defaults; someone who never chose gets the defaults, and
 * preferences stored before a kind existed keep their choices and take the default for that kind.
 */
export async function preferencesOf(db: Db, userIds: string[]): Promise<Map<string, Preferences>> {
  const stored = await readPreferences(db, userIds);
  return new Map(userIds.map((id) => [id, resolvePreferences(stored.get(id))]));
}

export async function getPreferences(ctx: AppContext, actor: Actor | null): Promise<Preferences> {
  const me = requireActor(actor);
  return (await preferencesOf(ctx.database.db, [me.userId])).get(me.userId) ?? defaultPreferences;
}

export async function updatePreferences(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof updatePreferencesSchema>,
): Promise<Preferences> {
  const me = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const current = (await preferencesOf(tx.db, [me.userId])).get(me.userId) ?? defaultPreferences;
    const next: Preferences = {
      email: input.email ?? current.email,
      kinds: Object.fromEntries(
        notificationKinds.map((kind) => [kind, { ...current.kinds[kind], ...input.kinds?.[kind] }]),
      ) as Preferences['kinds'],
    };
    await writePreferences(tx.db, me.userId, next, ctx.clock.now());
    return next;
  });
}

/** One-click unsubscribe turns email off and leaves in-app notifications as they were. */
export async function turnEmailOff(db: Db, userId: string, now: Date): Promise<void> {
  const current = (await preferencesOf(db, [userId])).get(userId) ?? defaultPreferences;
  await writePreferences(db, userId, { ...current, email: 'off' }, now);
}
