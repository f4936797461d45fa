import { useMemo } from 'react';
import type { ListeningReport } from '../../../api/listening-reports.ts';
import { Chart } from '../../reports/Chart.tsx';
import type { ChartProps } from '../../reports/Chart.tsx';
import { sentimentLinesOption, shareBarsOption, type SentimentLine } from './chart-options.ts';
import { formatSentiment, formatShare, periodLabel, platformName } from './report-format.ts';

/** Lines for more platforms than this are left to the table below (the busiest are drawn). */
const MAX_PLATFORM_LINES = 5;

type ChartSpec = Omit<ChartProps, 'testId'>;

interface Extreme {
  label: string;
  value: number;
}

/** The periods with the lowest and the highest average sentiment. */
function extremes(report: ListeningReport, labels: readonly string[]) {
  let worst: Extreme | null = null;
  let best: Extreme | null = null;
  for (const [index, point] of report.trend.entries()) {
    const value = point.averageSentiment;
    if (value === null) continue;
    const label = labels[index] ?? point.period;
    if (worst === null || value < worst.value) worst = { label, value };
    if (best === null || value > best.value) best = { label, value };
  }
  return { worst, best };
}

function averageChart(report: ListeningReport, labels: string[]): ChartSpec {
  const platforms = report.byPlatform.filter((group) => group.mentions > 0).slice(0, MAX_PLATFORM_LINES);
  const lines: SentimentLine[] = [
    { name: 'All mentions', values: report.trend.map((point) => point.averageSentiment) },
    ...platforms.map((group) => ({
      name: platformName(group.name),
      values: group.series.map((point) => point.averageSentiment),
    })),
  ];
  const { worst, best } = extremes(report, labels);
  const per = report.range.granularity;
  return {
    title: 'Average sentiment by platform',
    summary:
      worst && best
        ? `Average sentiment per ${per} from −1 (negative) to +1 (positive): all mentions${platforms.length === 0 ? '' : platforms.length === 1 ? ` and ${lines[1]?.name ?? 'one platform'}` : ` and the ${platforms.length} busiest platforms`}. Lowest ${formatSentiment(worst.value)} (${worst.label}), highest ${formatSentiment(best.value)} (${best.label}); ${formatSentiment(report.totals.current.averageSentiment)} over the range.`
        : `No mentions in this range to average.`,
    option: sentimentLinesOption(labels, lines),
    table: {
      columns: [per === 'day' ? 'Day' : 'Week', ...lines.map((line) => line.name)],
      rows: labels.map((label, index) => [
        label,
        ...lines.map((line) => formatSentiment(line.values[index] ?? null)),
      ]),
    },
  };
}

function shareChart(report: ListeningReport, labels: string[]): ChartSpec {
  const { current } = report.totals;
  const peak = report.trend.reduce<{ label: string; share: number } | null>((most, point, index) => {
    const share = point.negativeShare;
    if (share === null || (most && most.share >= share)) return most;
    return { label: labels[index] ?? point.period, share };
  }, null);
  return {
    title: 'Negative, neutral and positive mentions',
    summary:
      current.mentions === 0
        ? 'No mentions in this range.'
        : `Share of each ${report.range.granularity}'s mentions by sentiment. Over the range ${formatShare(current.negativeShare)} negative, ${formatShare(current.neutralShare)} neutral, ${formatShare(current.positiveShare)} positive${peak ? `; the most negative was ${peak.label} (${formatShare(peak.share)})` : ''}.`,
    option: shareBarsOption(labels, report.trend),
    table: {
      columns: [
        report.range.granularity === 'day' ? 'Day' : 'Week',
        'Mentions',
        'Negative',
        'Neutral',
        'Positive',
      ],
      rows: report.trend.map((point, index) => [
        labels[index] ?? point.period,
        point.mentions,
        `${point.negative} (${formatShare(point.negativeShare)})`,
        `${point.neutral} (${formatShare(point.neutralShare)})`,
        `${point.positive} (${formatShare(point.positiveShare)})`,
      ]),
    },
  };
}

/** The sentiment trend: average per platform as lines, the sentiment mix per period as stacked bars. */
export function SentimentTrendCharts({ report }: { report: ListeningReport }) {
  const charts = useMemo(() => {
    const labels = report.periods.map((period) => periodLabel(period, report.range.granularity));
    return [averageChart(report, labels), shareChart(report, labels)];
  }, [report]);
  return (
    <div className="report-charts" data-testid="sentiment-trend-chart">
      {charts.map((chart, index) => (
        <Chart
          key={chart.title}
          testId={index === 0 ? 'sentiment-average-chart' : 'sentiment-share-chart'}
          {...chart}
        />
      ))}
    </div>
  );
}
