import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { demandReportCsv } from './csv.ts';
import { demandReport } from './demand-report.ts';
import { demandReportQuery, demandReportSchema } from './schemas.ts';

const tags = ['ideas'];
const querystring = demandReportQuery.and(
  z.object({
    format: z.enum(['json', 'csv']).default('json').describe('csv: the same tables as a download'),
  }),
);

/** GET /api/reports/demand (admins and managers): most requested ideas and most reported bugs. */
export function demandReportRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/reports/demand',
    {
      schema: {
        tags,
        summary:
          'Most requested open ideas by votes in the range from every channel, and most reported bugs by theme across mentions, conversations and forum threads (UTC days)',
        querystring,
        produces: ['application/json', 'text/csv'],
        response: { 200: demandReportSchema.or(z.string().describe('The CSV, with format=csv')) },
      },
    },
    async (request, reply) => {
      const report = await demandReport(ctx, request.actor, request.query);
      if (request.query.format !== 'csv') return report;
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="demand-report-${report.range.from}-${report.range.to}.csv"`,
        )
        .send(demandReportCsv(report));
    },
  );
}
