import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { decodeCursor, encodeCursor } from '../../../core/pagination.ts';
import { auditPolicy } from '../policy.ts';
import { listEventsNewestFirst } from '../queries.ts';

export async function listAuditEvents(
  ctx: AppContext,
  actor: Actor | null,
  query: { cursor?: string | undefined; limit: number },
  actorNames: (ids: string[]) => Promise<Map<string, string>>,
) {
  auditPolicy.authorize(actor, 'audit.view');
  const before = decodeCursor(query.cursor, z.object({ id: z.number().int() }));
  const rows = await listEventsNewestFirst(ctx.database.db, before?.id, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const names = await actorNames([...new Set(page.flatMap((row) => (row.actorId ? [row.actorId] : [])))]);
  return {
    items: page.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actorId ? { id: row.actorId, name: names.get(row.actorId) ?? '(deleted user)' } : null,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      ip: row.ip,
      data: row.data as Record<string, unknown>,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ id: last.id }) : null,
  };
}
