import type { AppContext, RequestMeta } from '../../context.ts';
import { roles } from '../../core/roles.ts';
import type { Tx } from '../../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import type { SpaceWithModerators } from '../spaces/index.ts';

export const ideaChanged = 'ideas.changed';

/**
 * Tells open boards and idea pages that an idea's votes, status or discussion changed. Events
 * carry ids only, so every signed-in role may hear them: each client refetches what it may read.
 */
export async function announceIdeaChanged(
  tx: Tx,
  ctx: AppContext,
  space: SpaceWithModerators,
  ideaIds: readonly string[],
): Promise<void> {
  await ctx.live.publish(tx, {
    type: ideaChanged,
    audience: { roles },
    data: { spaceId: space.id, ideaIds: [...ideaIds] },
  });
}

/** Staff actions on ideas (status, merge, capture, board settings) go to the audit log in their transaction. */
export async function auditIdeaAction(
  tx: Tx,
  ctx: AppContext,
  entry: {
    actorId: string;
    action: string;
    targetId: string;
    meta: RequestMeta;
    data: Record<string, unknown>;
  },
): Promise<void> {
  await recordAuditEvent(tx, ctx.clock, {
    actorId: entry.actorId,
    action: entry.action,
    targetType: 'idea',
    targetId: entry.targetId,
    ip: entry.meta.ip,
    data: entry.data,
  });
}
