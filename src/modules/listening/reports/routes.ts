import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { listeningReportCsv } from './csv.ts';
import { listeningReport } from './report.ts';
import { listeningReportQuery, listeningReportSchema } from './schemas.ts';

const tags = ['listening'];

/** GET /api/listening/reports and its CSV twin: sentiment trend and recurring themes. */
export function listeningReportRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/listening/reports',
    {
      schema: {
        tags,
        summary:
          'Sentiment per day or week by platform, source and watch rule, against the range before; top, rising and recurring themes (UTC days)',
        querystring: listeningReportQuery,
        response: { 200: listeningReportSchema },
      },
    },
    async (request) => listeningReport(ctx, request.actor, request.query),
  );
  app.get(
    '/api/listening/reports.csv',
    {
      schema: {
        tags,
        summary: 'The same listening report as CSV, section by section',
        querystring: listeningReportQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const report = await listeningReport(ctx, request.actor, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="listening-report-${report.range.from}-${report.range.to}.csv"`,
        )
        .send(listeningReportCsv(report));
    },
  );
}
