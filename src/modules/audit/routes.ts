import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { HearthApp } from '../../http/types.ts';
import { listAuditEvents } from './use-cases/list-events.ts';
import { verifyAuditChainFor } from './use-cases/verify-chain.ts';

const eventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export function auditRoutes(
  app: HearthApp,
  ctx: AppContext,
  actorNames: (ids: string[]) => Promise<Map<string, string>>,
): void {
  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first',
        querystring: z.object({
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(eventSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => listAuditEvents(ctx, request.actor, request.query, actorNames),
  );

  app.post(
    '/api/admin/audit/verify',
    {
      schema: {
        tags: ['admin'],
        summary: 'Recompute the hash chain and report the first edited or missing row',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            brokenAt: z.number().int().nullable(),
            reason: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => verifyAuditChainFor(ctx, request.actor, request.meta),
  );
}
