import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import type { ListeningReport, ListeningReportFilters, Theme } from '../../../api/listening-reports.ts';
import { Badge, type BadgeTone } from '../../../components/Bits.tsx';
import { Chart } from '../../reports/Chart.tsx';
import { streamSearch } from '../streamFilters.ts';
import { themesBarOption } from './chart-options.ts';
import {
  formatCount,
  formatGrowth,
  formatSentiment,
  formatShare,
  THEME_STATUS_WORDS,
  themeSearch,
} from './report-format.ts';

const STATUS_TONES: Record<Theme['status'], BadgeTone> = {
  new: 'accent',
  rising: 'warning',
  steady: 'neutral',
  falling: 'success',
  sparse: 'neutral',
};

/** The top themes of the range: mentions now against the range before, growth after each bar. */
export function ThemesChart({ report }: { report: ListeningReport }) {
  const chart = useMemo(() => {
    const themes = report.themes.top;
    const first = themes[0];
    return {
      summary: first
        ? `The ${themes.length} key phrases mentioned most from ${report.range.from} to ${report.range.to}, against ${report.range.previous.from} to ${report.range.previous.to}. Most mentioned: ${first.phrase} (${first.count}, ${formatShare(first.share)} of mentions, ${formatGrowth(first)}).`
        : 'No key phrases in this range.',
      option: themesBarOption(themes, report.range),
      table: {
        columns: ['Theme', 'Mentions', 'Share', 'Before', 'Growth', 'Average sentiment'],
        rows: themes.map((theme) => [
          theme.phrase,
          theme.count,
          formatShare(theme.share),
          theme.previous,
          formatGrowth(theme),
          formatSentiment(theme.averageSentiment),
        ]),
      },
    };
  }, [report]);
  return (
    <div className="listening-report-themes">
      <Chart title="Top themes, now and before" testId="themes-chart" {...chart} />
    </div>
  );
}

function ThemeRow({
  theme,
  filters,
  detail,
}: {
  theme: Theme;
  filters: ListeningReportFilters;
  detail: string;
}) {
  const search = streamSearch({
    q: themeSearch(theme.phrase),
    ...(filters.ruleId ? { ruleId: filters.ruleId } : {}),
    ...(filters.sourceId ? { sourceId: filters.sourceId } : {}),
  });
  return (
    <li className="listening-theme" data-testid="theme-row">
      <Link to={`/listening${search}`} className="listening-theme-phrase">
        {theme.phrase}
      </Link>{' '}
      <Badge tone={STATUS_TONES[theme.status]}>{THEME_STATUS_WORDS[theme.status]}</Badge>
      <span className="listening-theme-detail muted small">{detail}</span>
    </li>
  );
}

function ThemeList({
  title,
  explain,
  empty,
  themes,
  filters,
  detail,
  testId,
}: {
  title: string;
  explain: string;
  empty: string;
  themes: readonly Theme[];
  filters: ListeningReportFilters;
  detail: (theme: Theme) => string;
  testId: string;
}) {
  const titleId = useId();
  return (
    <section className="card listening-theme-list" aria-labelledby={titleId} data-testid={testId}>
      <h3 id={titleId} className="report-chart-title">
        {title}
      </h3>
      <p className="report-chart-summary">{explain}</p>
      {themes.length === 0 ? (
        <p className="empty-inline">{empty}</p>
      ) : (
        <ol className="listening-theme-items">
          {themes.map((theme) => (
            <ThemeRow key={theme.phrase} theme={theme} filters={filters} detail={detail(theme)} />
          ))}
        </ol>
      )}
    </section>
  );
}

const mentions = (count: number) => `${formatCount(count)} ${count === 1 ? 'mention' : 'mentions'}`;

/** Rising themes (largest growth with enough mentions, new ones first) and recurring ones. */
export function ThemeLists({
  report,
  filters,
}: {
  report: ListeningReport;
  filters: ListeningReportFilters;
}) {
  const { rules, rising, recurring } = report.themes;
  const periods = report.periods.length;
  const per = report.range.granularity;
  return (
    <div className="listening-theme-lists">
      <ThemeList
        title="Rising themes"
        explain={`At least ${rules.risingMinCount} mentions and ${Math.round(rules.risingGrowth * 10) / 10}× as many as the range before; new: none before.`}
        empty="No theme grew much against the range before."
        themes={rising}
        filters={filters}
        detail={(theme) =>
          theme.status === 'new'
            ? `${mentions(theme.count)}, none before · sentiment ${formatSentiment(theme.averageSentiment)}`
            : `${mentions(theme.count)}, ${formatGrowth(theme)} (${formatCount(theme.previous)} before) · sentiment ${formatSentiment(theme.averageSentiment)}`
        }
        testId="rising-themes"
      />
      <ThemeList
        title="Recurring themes"
        explain={`Mentioned in more than half of the ${periods} ${per === 'day' ? 'days' : 'weeks'}: what people keep saying.`}
        empty={`No theme came up in most ${per === 'day' ? 'days' : 'weeks'} of this range.`}
        themes={recurring}
        filters={filters}
        detail={(theme) =>
          `${theme.periodsPresent} of ${periods} ${per === 'day' ? 'days' : 'weeks'} · ${mentions(theme.count)} · sentiment ${formatSentiment(theme.averageSentiment)}`
        }
        testId="recurring-themes"
      />
    </div>
  );
}
