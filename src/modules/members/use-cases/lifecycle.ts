import type { AppContext } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { lifecycleOf } from '../lifecycle.ts';
import { lifecycleStats, saveStages } from '../queries/lifecycle.ts';
import { rootsOf } from '../queries/members.ts';

/** Recomputes the stage of these members (as they act), in the caller's transaction. */
export async function refreshLifecycle(tx: Tx, memberIds: readonly string[], now: Date): Promise<void> {
  if (memberIds.length === 0) return;
  const roots = [...new Set((await rootsOf(tx.db, memberIds)).values())];
  const stats = await lifecycleStats(tx.db, { ids: roots }, now);
  await saveStages(
    tx.sql,
    stats.map((s) => ({ id: s.id, ...lifecycleOf(s, now) })),
    now,
  );
}

const sweepBatch = 2_000;

/**
 * Every member's stage, again (time moves members on: a regular who stops becomes at risk, then
 * gone), a batch per transaction. Returns how many members were looked at and how many changed.
 */
export async function recomputeAllLifecycles(ctx: AppContext): Promise<{ members: number; changed: number }> {
  const now = ctx.clock.now();
  let afterId: string | null = null;
  let members = 0;
  let changed = 0;
  for (;;) {
    const from: string | null = afterId;
    const batch = await ctx.database.transaction(async (tx) => {
      const stats = await lifecycleStats(tx.db, { afterId: from, limit: sweepBatch }, now);
      const saved = await saveStages(
        tx.sql,
        stats.map((s) => ({ id: s.id, ...lifecycleOf(s, now) })),
        now,
      );
      return { count: stats.length, last: stats[stats.length - 1]?.id ?? null, saved };
    });
    members += batch.count;
    changed += batch.saved;
    if (batch.count < sweepBatch || !batch.last) return { members, changed };
    afterId = batch.last;
  }
}
