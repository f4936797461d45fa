import { csvCell, csvLine, type CsvValue } from '../../../core/csv.ts';
import type { ListeningReport, SentimentGroup, SentimentStats, Theme } from './schemas.ts';

type Cell = CsvValue;

export { csvCell };

const line = csvLine;
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

const statsHeader = [
  'mentions',
  'average_sentiment',
  'negative',
  'neutral',
  'positive',
  'negative_pct',
  'neutral_pct',
  'positive_pct',
];
const statsCells = (stats: SentimentStats): Cell[] => [
  stats.mentions,
  stats.averageSentiment,
  stats.negative,
  stats.neutral,
  stats.positive,
  percent(stats.negativeShare),
  percent(stats.neutralShare),
  percent(stats.positiveShare),
];

function groupLines(section: string, report: ListeningReport, groups: SentimentGroup[]): string[][] {
  return [
    [
      section,
      line([
        'name',
        ...statsHeader,
        'previous_mentions',
        'previous_average_sentiment',
        'mentions_change_pct',
        'sentiment_change',
        'negative_share_change_pts',
      ]),
      ...groups.map((group) =>
        line([
          group.archived ? `${group.name} (archived)` : group.name,
          ...statsCells(group),
          group.previous.mentions,
          group.previous.averageSentiment,
          percent(group.change.mentionsRatio),
          group.change.averageSentiment,
          percent(group.change.negativeShare),
        ]),
      ),
    ],
    [
      `${section} per ${report.range.granularity}`,
      line(['name', 'period_start', ...statsHeader]),
      ...groups.flatMap((group) =>
        group.series.map((point) => line([group.name, point.period, ...statsCells(point)])),
      ),
    ],
  ];
}

function themeLines(section: string, themes: Theme[]): string[] {
  return [
    section,
    line([
      'phrase',
      'mentions',
      'share_pct',
      'previous_mentions',
      'growth',
      'status',
      'average_sentiment',
      'periods_present',
    ]),
    ...themes.map((theme) =>
      line([
        theme.phrase,
        theme.count,
        percent(theme.share),
        theme.previous,
        theme.growth,
        theme.status,
        theme.averageSentiment,
        theme.periodsPresent,
      ]),
    ),
  ];
}

/** The report as CSV, section by section in the order the page shows them, same numbers. */
export function listeningReportCsv(report: ListeningReport): string {
  const { totals, range, filters } = report;
  const themed = new Map<string, Theme>();
  for (const theme of [...report.themes.top, ...report.themes.rising, ...report.themes.recurring])
    themed.set(theme.phrase, theme);
  const sections: string[][] = [
    [
      'Listening report',
      line(['from', 'to', 'timezone', 'granularity', 'previous_from', 'previous_to']),
      line([range.from, range.to, range.timezone, range.granularity, range.previous.from, range.previous.to]),
      line(['rule_id', 'source_id', 'platform']),
      line([filters.ruleId, filters.sourceId, filters.platform]),
    ],
    [
      'Totals',
      line(['range', ...statsHeader]),
      line(['current', ...statsCells(totals.current)]),
      line(['previous', ...statsCells(totals.previous)]),
      line(['mentions_change', 'mentions_change_pct', 'sentiment_change', 'negative_share_change_pts']),
      line([
        totals.change.mentions,
        percent(totals.change.mentionsRatio),
        totals.change.averageSentiment,
        percent(totals.change.negativeShare),
      ]),
    ],
    [
      `Sentiment trend per ${range.granularity}`,
      line(['period_start', 'period_end', ...statsHeader]),
      ...report.trend.map((point, index) =>
        line([point.period, report.periods[index]?.end ?? point.period, ...statsCells(point)]),
      ),
    ],
    ...groupLines('By platform', report, report.byPlatform),
    ...groupLines('By source', report, report.bySource),
    ...groupLines('By watch rule', report, report.byRule),
    themeLines('Top themes', report.themes.top),
    themeLines('Rising themes', report.themes.rising),
    themeLines('Recurring themes', report.themes.recurring),
    [
      `Themes per ${range.granularity}`,
      line(['phrase', 'period_start', 'mentions']),
      ...[...themed.values()].flatMap((theme) =>
        theme.series.map((count, index) => line([theme.phrase, report.periods[index]?.start ?? '', count])),
      ),
    ],
  ];
  return `${sections.map((section) => section.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
