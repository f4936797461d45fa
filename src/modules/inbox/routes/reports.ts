import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { reportQuery, reportSchema } from '../report-schemas.ts';
import { reportCsv } from '../reports/csv.ts';
import { inboxReport } from '../use-cases/inbox-report.ts';
import { retrainRouter, routerStatus } from '../use-cases/train-router.ts';

const modelDto = z.object({ examples: z.number().int(), labels: z.number().int(), trainedAt: z.string() });

export function reportRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/reports',
    {
      schema: {
        tags: ['inbox reports'],
        summary:
          'Response and resolution times in business hours, SLA, volume, backlog, teams, agents, ratings',
        querystring: reportQuery,
        response: { 200: reportSchema },
      },
    },
    async (request) => inboxReport(ctx, request.actor, request.query),
  );
  app.get(
    '/api/inbox/reports.csv',
    {
      schema: {
        tags: ['inbox reports'],
        summary: 'The same report as CSV, section by section',
        querystring: reportQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const report = await inboxReport(ctx, request.actor, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="inbox-report-${report.range.from}-${report.range.to}.csv"`,
        )
        .send(reportCsv(report));
    },
  );
  app.get(
    '/api/inbox/router',
    {
      schema: {
        tags: ['inbox settings'],
        summary: 'The learned router: its current model and how it is used',
        response: {
          200: z.object({
            model: modelDto.nullable(),
            mode: z.enum(['off', 'suggest', 'apply']),
            applyConfidence: z.number(),
          }),
        },
      },
    },
    async (request) => routerStatus(ctx, request.actor),
  );
  app.post(
    '/api/inbox/router/train',
    {
      schema: {
        tags: ['inbox settings'],
        summary: 'Retrain the learned router on past routing decisions (text → team)',
        response: { 200: modelDto.extend({ heldOutAccuracy: z.number().nullable() }) },
      },
    },
    async (request) => retrainRouter(ctx, request.actor),
  );
}
