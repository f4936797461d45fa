import { useMemo } from 'react';
import type { Distribution, InboxReport } from '../../api/reports.ts';
import { Chart } from './Chart.tsx';
import type { ChartProps } from './Chart.tsx';
import { barOption, histogramOption, lineOption } from './chart-options.ts';
import { formatMinutes, formatPercent } from './report-format.ts';

type ChartSpec = Omit<ChartProps, 'testId'> & { key: string };

function distributionChart(key: string, title: string, what: string, distribution: Distribution): ChartSpec {
  return {
    key,
    title,
    summary:
      distribution.count === 0
        ? `No ${what} in this range.`
        : `${distribution.count} ${what}: median ${formatMinutes(distribution.medianMinutes)}, 9 in 10 within ${formatMinutes(distribution.p90Minutes)} (marked).`,
    option: histogramOption(distribution),
    table: {
      columns: ['Time', 'Conversations'],
      rows: distribution.buckets.map((bucket) => [bucket.label, bucket.count]),
    },
  };
}

function largest<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || size(item) > size(best) ? item : best),
    undefined,
  );
}

function chartsOf(report: InboxReport): ChartSpec[] {
  const channels = report.volumeByChannel;
  const busiestChannel = largest(channels, (item) => item.count);
  const hours = Array.from(
    { length: 24 },
    (_, hour) => report.volumeByHour.find((item) => item.hour === hour)?.count ?? 0,
  );
  const busiestHour = hours.indexOf(Math.max(...hours));
  const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
  const backlog = report.backlog;
  const last = backlog.at(-1);
  const teams = report.perTeam.filter((row) => row.slaAttainment !== null);
  const best = largest(teams, (row) => row.slaAttainment ?? 0);
  const worst = largest(teams, (row) => -(row.slaAttainment ?? 0));
  return [
    distributionChart('first-response', 'First response times', 'first responses', report.firstResponse),
    distributionChart('resolution', 'Resolution times', 'resolved conversations', report.resolution),
    {
      key: 'channels',
      title: 'Conversations by channel',
      summary: busiestChannel
        ? `Most came by ${busiestChannel.label}: ${busiestChannel.count} of ${report.totals.conversations}.`
        : 'No conversations in this range.',
      option: barOption(
        channels.map((item) => item.label),
        channels.map((item) => item.count),
        { name: 'Conversations' },
      ),
      table: {
        columns: ['Channel', 'Conversations'],
        rows: channels.map((item) => [item.label, item.count]),
      },
    },
    {
      key: 'hours',
      title: 'Conversations by hour of day',
      summary: `Busiest hour: ${hourLabel(busiestHour)}–${hourLabel((busiestHour + 1) % 24)} (${hours[busiestHour] ?? 0}); times in ${report.range.timezone.replaceAll('_', ' ')}.`,
      option: barOption(
        hours.map((_, hour) => hourLabel(hour)),
        hours,
        { name: 'Conversations', color: '#1d3f8a' },
      ),
      table: {
        columns: ['Hour', 'Conversations'],
        rows: hours.map((count, hour) => [hourLabel(hour), count]),
      },
    },
    {
      key: 'backlog',
      title: 'Open backlog',
      summary: last
        ? `Open conversations at the end of each day: between ${Math.min(...backlog.map((d) => d.open))} and ${Math.max(...backlog.map((d) => d.open))}; ${last.open} on ${last.date}.`
        : 'No days in this range.',
      option: lineOption(
        backlog.map((item) => item.date),
        backlog.map((item) => item.open),
        'Open',
      ),
      table: { columns: ['Day', 'Open'], rows: backlog.map((item) => [item.date, item.open]) },
    },
    {
      key: 'sla-teams',
      title: 'SLA attainment by team',
      summary:
        best && worst
          ? `Highest ${best.name} (${formatPercent(best.slaAttainment)}), lowest ${worst.name} (${formatPercent(worst.slaAttainment)}).`
          : 'No SLA targets fell due in this range.',
      option: barOption(
        teams.map((row) => row.name),
        teams.map((row) => Math.round((row.slaAttainment ?? 0) * 1000) / 10),
        { name: 'Targets met (%)', percent: true, color: '#05603a' },
      ),
      table: {
        columns: ['Team', 'Targets met'],
        rows: teams.map((row) => [row.name, formatPercent(row.slaAttainment)]),
      },
    },
  ];
}

/** The report's six charts; options are rebuilt only when the report changes. */
export function ReportCharts({ report }: { report: InboxReport }) {
  const charts = useMemo(() => chartsOf(report), [report]);
  return (
    <div className="report-charts">
      {charts.map(({ key, ...chart }) => (
        <Chart key={key} testId={`report-chart-${key}`} {...chart} />
      ))}
    </div>
  );
}
