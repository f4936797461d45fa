import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { fail } from '../errors.ts';
import { memberPolicy } from '../policy.ts';
import { findMerge, insertMerge, markMergeUndone } from '../queries/merges.ts';
import { findMember, rootsOf, setMergedInto } from '../queries/members.ts';
import { refreshLifecycle } from './lifecycle.ts';
import { readMember, type MemberDto } from './read-members.ts';

/**
 * Merges one member (a root) into another: it keeps its identities and activities, and points to
 * the survivor, so the survivor's profile shows both and an undo restores both exactly.
 */
export async function mergeInto(
  tx: Tx,
  merge: { intoId: string; fromId: string; byUserId: string | null; reason: string },
  now: Date,
): Promise<string> {
  const id = newId();
  await setMergedInto(tx.db, merge.fromId, merge.intoId, now);
  await insertMerge(tx.db, { id, ...merge, at: now });
  await refreshLifecycle(tx, [merge.intoId, merge.fromId], now);
  return id;
}

/** Staff merge `fromId` into `intoId` (each taken as the member it stands for now). */
export async function mergeMembers(
  ctx: AppContext,
  actor: Actor | null,
  intoId: string,
  input: { fromId: string; reason?: string | undefined },
  meta: RequestMeta,
): Promise<MemberDto> {
  const { fromId } = input;
  const staff = memberPolicy.authorize(actor, 'merge');
  await ctx.database.transaction(async (tx) => {
    const roots = await rootsOf(tx.db, [intoId, fromId]);
    const into = roots.get(intoId);
    const from = roots.get(fromId);
    if (!into || !from) throw fail.MEMBER_NOT_FOUND();
    if (into === from) throw fail.MEMBER_MERGE_SELF();
    // In id order, so two staff merging the same pair both ways cannot deadlock.
    for (const id of [into, from].sort()) await findMember(tx.db, id, true);
    const now = ctx.clock.now();
    const mergeId = await mergeInto(
      tx,
      { intoId: into, fromId: from, byUserId: staff.userId, reason: input.reason || 'Merged by hand.' },
      now,
    );
    await recordAuditEvent(tx, ctx.clock, {
      actorId: staff.userId,
      action: 'members.merged',
      targetType: 'member',
      targetId: into,
      ip: meta.ip,
      data: { from, mergeId },
    });
  });
  return readMember(ctx, actor, intoId);
}

/** Undoes a merge: the member merged in stands alone again, with what it had. */
export async function undoMerge(
  ctx: AppContext,
  actor: Actor | null,
  mergeId: string,
  meta: RequestMeta,
): Promise<MemberDto> {
  const staff = memberPolicy.authorize(actor, 'merge');
  const intoId = await ctx.database.transaction(async (tx) => {
    const merge = await findMerge(tx.db, mergeId, true);
    if (!merge) throw fail.MEMBER_MERGE_NOT_FOUND();
    if (merge.undoneAt) throw fail.MEMBER_MERGE_UNDONE();
    const now = ctx.clock.now();
    await setMergedInto(tx.db, merge.fromId, null, now);
    await markMergeUndone(tx.db, merge.id, staff.userId, now);
    await refreshLifecycle(tx, [merge.intoId, merge.fromId], now);
    await recordAuditEvent(tx, ctx.clock, {
      actorId: staff.userId,
      action: 'members.merge_undone',
      targetType: 'member',
      targetId: merge.intoId,
      ip: meta.ip,
      data: { from: merge.fromId, mergeId },
    });
    return merge.intoId;
  });
  return readMember(ctx, actor, intoId);
}
