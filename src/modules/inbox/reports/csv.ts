import { csvLine } from '../../../core/csv.ts';
import type { InboxReport } from '../report-schemas.ts';
import type { ReportRow } from './aggregate.ts';

/** Cells as spreadsheets read them: a team or agent name cannot run as a formula when opened. */
const line = csvLine;
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function rowLines(section: string, rows: ReportRow[]): string[] {
  return [
    section,
    line([
      'name',
      'conversations',
      'resolved',
      'first_response_median_min',
      'first_response_p90_min',
      'resolution_median_min',
      'sla_attainment_pct',
      'breaches',
      'escalations',
      'csat_average',
      'csat_responses',
    ]),
    ...rows.map((row) =>
      line([
        row.name,
        row.conversations,
        row.resolved,
        row.firstResponseMedian,
        row.firstResponseP90,
        row.resolutionMedian,
        percent(row.slaAttainment),
        row.breaches,
        row.escalations,
        row.csatAverage,
        row.csatResponses,
      ]),
    ),
  ];
}

/** The report as CSV, section by section in the order the page shows them, same numbers. */
export function reportCsv(report: InboxReport): string {
  const { totals, firstResponse, resolution } = report;
  const sections: string[][] = [
    [
      'Inbox report',
      line(['from', 'to', 'timezone']),
      line([report.range.from, report.range.to, report.range.timezone]),
    ],
    [
      'Totals',
      line(['conversations', 'resolved', 'reopened', 'deflected', 'escalated', 'breaches']),
      line([
        totals.conversations,
        totals.resolved,
        totals.reopened,
        totals.deflected,
        totals.escalated,
        totals.breaches,
      ]),
      line(['sla_attainment_pct', 'csat_average', 'csat_responses']),
      line([percent(totals.slaAttainment), totals.csatAverage, totals.csatResponses]),
    ],
    [
      'Time distributions (business minutes)',
      line([
        'measure',
        'count',
        'median_min',
        'p90_min',
        ...firstResponse.buckets.map((bucket) => bucket.label),
      ]),
      ...(
        [
          ['first_response', firstResponse],
          ['resolution', resolution],
        ] as const
      ).map(([name, d]) =>
        line([name, d.count, d.medianMinutes, d.p90Minutes, ...d.buckets.map((bucket) => bucket.count)]),
      ),
    ],
    [
      'Volume by channel',
      line(['channel', 'conversations']),
      ...report.volumeByChannel.map((row) => line([row.label, row.count])),
    ],
    [
      `Volume by hour (${report.range.timezone})`,
      line(['hour', 'conversations']),
      ...report.volumeByHour.map((row) => line([row.hour, row.count])),
    ],
    [
      'Backlog (open at end of day)',
      line(['date', 'open']),
      ...report.backlog.map((row) => line([row.date, row.open])),
    ],
    rowLines('Per team', report.perTeam),
    rowLines('Per agent', report.perAgent),
    [
      'Satisfaction by channel',
      line(['channel', 'average', 'responses']),
      ...report.csatByChannel.map((row) => line([row.label, row.average, row.responses])),
    ],
  ];
  return `${sections.map((section) => section.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
