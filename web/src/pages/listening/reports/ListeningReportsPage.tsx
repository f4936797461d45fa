import { useSearchParams } from 'react-router';
import { listeningReportCsvUrl, useListeningReport } from '../../../api/listening-reports.ts';
import type { ListeningReport, ListeningReportFilters as Filters } from '../../../api/listening-reports.ts';
import { useRules, useSources } from '../../../api/listening.ts';
import { PageHeader } from '../../../components/Bits.tsx';
import { Loading, QueryError } from '../../../components/Feedback.tsx';
import { isUuid } from '../../../lib/validation.ts';
import '../../../styles/listening.css';
import '../../../styles/reports.css';
import './echarts-legend.ts';
import './listening-reports.css';
import { GroupTable } from './GroupTable.tsx';
import { ListeningHeadlineTiles } from './ListeningHeadlineTiles.tsx';
import { ListeningReportFilters } from './ListeningReportFilters.tsx';
import {
  checkListeningRange,
  defaultListeningRange,
  isDate,
  longDate,
  platformName,
} from './report-format.ts';
import { SentimentTrendCharts } from './SentimentTrendCharts.tsx';
import { ThemeLists, ThemesChart } from './ThemesPanel.tsx';

const PLATFORM = /^[a-z0-9][a-z0-9_.-]{0,39}$/;

/** The filters the address holds: ?from=&to=&rule=&source=&platform= (the last 30 UTC days by default). */
function useFilterParams(): [Filters, (changes: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const defaults = defaultListeningRange();
  const from = params.get('from');
  const to = params.get('to');
  const id = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return isUuid(value) ? value.toLowerCase() : '';
  };
  const platform = params.get('platform')?.trim().toLowerCase() ?? '';
  const filters: Filters = {
    from: isDate(from) ? from : defaults.from,
    to: isDate(to) ? to : defaults.to,
    ruleId: id('rule'),
    sourceId: id('source'),
    platform: PLATFORM.test(platform) ? platform : '',
  };
  function change(changes: Partial<Filters>) {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    search.set('from', next.from);
    search.set('to', next.to);
    if (next.ruleId) search.set('rule', next.ruleId);
    if (next.sourceId) search.set('source', next.sourceId);
    if (next.platform) search.set('platform', next.platform);
    setParams(search, { replace: true });
  }
  return [filters, change];
}

/**
 * Listening reports: is sentiment getting worse, and are people always talking about the same
 * thing? Sentiment per day (or week) by platform, source and watch rule, and the recurring themes.
 */
export function ListeningReportsPage() {
  const [filters, change] = useFilterParams();
  const rangeError = checkListeningRange(filters);
  const report = useListeningReport(filters, !rangeError);
  const rules = useRules();
  const sources = useSources();
  const data = report.data;

  return (
    <section data-testid="listening-reports-page" aria-busy={report.isFetching || undefined}>
      <PageHeader
        title="Listening reports"
        description="Whether what people say about you is getting warmer or colder, where, and which themes keep coming up or are new."
        actions={
          <a
            className="button"
            href={listeningReportCsvUrl(filters)}
            download
            data-testid="listening-report-csv"
          >
            Download CSV
          </a>
        }
      />
      <ListeningReportFilters
        filters={filters}
        onChange={change}
        rules={rules.data ?? []}
        sources={sources.data ?? []}
        platforms={data?.byPlatform.flatMap((group) => (group.id ? [group.id] : [])) ?? []}
        rangeError={rangeError}
      />
      {report.isPending && !rangeError ? <Loading label="Loading the report…" /> : null}
      {report.isError && !data ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : null}
      {data && data.totals.current.mentions === 0 ? (
        <div className="empty-state" data-testid="listening-report-empty">
          <p className="empty-state-what">
            No mentions from {longDate(data.range.from)} to {longDate(data.range.to)} with these filters.
          </p>
          <p className="empty-state-status">
            {data.totals.previous.mentions > 0
              ? `There were ${data.totals.previous.mentions} in the ${data.range.days} days before. `
              : ''}
            Choose a longer range, or all rules, sources and platforms.
          </p>
        </div>
      ) : null}
      {data && data.totals.current.mentions > 0 ? <ReportBody report={data} filters={filters} /> : null}
    </section>
  );
}

function ReportBody({ report, filters }: { report: ListeningReport; filters: Filters }) {
  const per = report.range.granularity === 'day' ? 'per day' : 'per week (Monday to Sunday)';
  return (
    <>
      <p className="muted small report-range">
        {longDate(report.range.from)} to {longDate(report.range.to)}, counted {per} in UTC; compared with{' '}
        {longDate(report.range.previous.from)} to {longDate(report.range.previous.to)}.
      </p>
      <ListeningHeadlineTiles report={report} />
      <h2 className="report-heading">Sentiment over time</h2>
      <SentimentTrendCharts report={report} />
      <h2 className="report-heading">Themes</h2>
      <div className="report-charts">
        <ThemesChart report={report} />
        <ThemeLists report={report} filters={filters} />
      </div>
      <h2 className="report-heading">By platform</h2>
      <GroupTable
        caption="Mentions and sentiment by platform"
        groups={report.byPlatform}
        nameOf={(group) => platformName(group.name)}
        testId="report-by-platform"
      />
      <h2 className="report-heading">By source</h2>
      <GroupTable
        caption="Mentions and sentiment by source"
        groups={report.bySource}
        testId="report-by-source"
      />
      <h2 className="report-heading">By watch rule</h2>
      <p className="muted small">
        A mention that matches several rules counts under each; “No watch rule” holds those that match none.
      </p>
      <GroupTable
        caption="Mentions and sentiment by watch rule"
        groups={report.byRule}
        testId="report-by-rule"
      />
    </>
  );
}
