import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { HearthApp } from '../../http/types.ts';
import { fail } from './errors.ts';
import { eraseMember, eraseOwnData, exportMemberData, exportOwnData, type NamedPart } from './use-cases.ts';

const tags = ['privacy'];
const memberIdParam = z.object({ id: z.uuid({ message: 'Expected a member id (UUID).' }) });
const confirm = z.string().describe('Type ERASE: erasure cannot be undone.');
const exportSchema = z.record(z.string(), z.unknown());
const erasedSchema = z.object({
  erased: z.literal(true),
  /** What changed, by part of Hearth and kind of record. */
  counts: z.record(z.string(), z.record(z.string(), z.number())),
});

function confirmed(value: string): void {
  if (value !== 'ERASE') throw fail.PRIVACY_CONFIRMATION_MISMATCH();
}

const fileName = (ctx: AppContext) => `hearth-data-${ctx.clock.now().toISOString().slice(0, 10)}.json`;

/** Data exports and erasure (H4): for oneself, and by an admin for someone who asked. */
export function privacyRoutes(app: HearthApp, ctx: AppContext, parts: () => readonly NamedPart[]): void {
  app.get(
    '/api/me/data',
    {
      schema: {
        tags,
        summary: 'Download everything Hearth holds about you, as JSON',
        response: { 200: exportSchema },
      },
    },
    async (request, reply) => {
      const data = await exportOwnData(ctx, request.actor, parts());
      return reply.header('content-disposition', `attachment; filename="${fileName(ctx)}"`).send(data);
    },
  );
  app.post(
    '/api/me/erase',
    {
      schema: {
        tags,
        summary: 'Erase yourself: your content is anonymised and your personal data deleted (not for staff)',
        body: z.object({ confirm }),
        response: { 200: erasedSchema },
      },
    },
    async (request) => {
      confirmed(request.body.confirm);
      return { erased: true as const, counts: await eraseOwnData(ctx, request.actor, parts(), request.meta) };
    },
  );
  app.get(
    '/api/members/:id/data',
    {
      schema: {
        tags,
        summary: 'Everything Hearth holds about a member, as JSON (admins, answering a request; audited)',
        params: memberIdParam,
        response: { 200: exportSchema },
      },
    },
    async (request, reply) => {
      const data = await exportMemberData(ctx, request.actor, parts(), request.params.id, request.meta);
      return reply.header('content-disposition', `attachment; filename="${fileName(ctx)}"`).send(data);
    },
  );
  app.post(
    '/api/members/:id/erase',
    {
      schema: {
        tags,
        summary:
          'Erase a member on their request (admins): anonymised content, personal data and IPs deleted, audited',
        params: memberIdParam,
        body: z.object({
          reason: z.string().trim().min(1, 'Say why (their request, and how it came).').max(500),
          confirm,
        }),
        response: { 200: erasedSchema },
      },
    },
    async (request) => {
      confirmed(request.body.confirm);
      const counts = await eraseMember(
        ctx,
        request.actor,
        parts(),
        request.params.id,
        request.body.reason,
        request.meta,
      );
      return { erased: true as const, counts };
    },
  );
}
