import { useSearchParams } from 'react-router';
import { useTeams } from '../../api/inbox-admin.ts';
import { reportCsvUrl, useInboxReport } from '../../api/reports.ts';
import type { InboxReport, ReportFilters as Filters } from '../../api/reports.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import '../../styles/reports.css';
import { HeadlineTiles } from './HeadlineTiles.tsx';
import { ReportCharts } from './ReportCharts.tsx';
import { ReportFilters } from './ReportFilters.tsx';
import { defaultRange, formatCount, formatCsat, isDate } from './report-format.ts';
import { ReportTable } from './ReportTable.tsx';

/** The filters the address holds: ?from=&to=&team=&channel= (the last 14 days by default). */
function useFilterParams(): [Filters, (changes: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const defaults = defaultRange();
  const from = params.get('from');
  const to = params.get('to');
  const filters: Filters = {
    from: isDate(from) ? from : defaults.from,
    to: isDate(to) ? to : defaults.to,
    teamId: params.get('team') ?? '',
    channel: params.get('channel') ?? '',
  };
  function change(changes: Partial<Filters>) {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    search.set('from', next.from);
    search.set('to', next.to);
    if (next.teamId) search.set('team', next.teamId);
    if (next.channel) search.set('channel', next.channel);
    setParams(search, { replace: true });
  }
  return [filters, change];
}

/** The server answers at most 92 days at a time (src/modules/inbox/report-schemas.ts). */
const MAX_DAYS = 92;

function checkRange({ from, to }: Filters): string | undefined {
  if (from > to) return 'The start is after the end.';
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_DAYS) return `Choose at most ${MAX_DAYS} days.`;
  return undefined;
}

/** Reports: response times, SLA attainment, volume, backlog and satisfaction of the inbox, for a range. */
export function ReportsPage() {
  const [filters, change] = useFilterParams();
  const rangeError = checkRange(filters);
  const report = useInboxReport(filters, !rangeError);
  const teams = useTeams();
  const data = report.data;

  return (
    <section data-testid="reports-page" aria-busy={report.isFetching || undefined}>
      <PageHeader
        title="Reports"
        description="How fast the inbox answers and resolves, whether SLA targets are met, where conversations come from, and how satisfied members are."
        actions={
          <a className="button" href={reportCsvUrl(filters)} download>
            Download CSV
          </a>
        }
      />
      <ReportFilters
        filters={filters}
        onChange={change}
        teams={teams.data ?? []}
        channels={data?.volumeByChannel ?? []}
        rangeError={rangeError}
      />
      {report.isPending && !rangeError ? <Loading label="Loading the report…" /> : null}
      {report.isError && !data ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : null}
      {data && data.totals.conversations === 0 ? (
        <div className="empty-state" data-testid="report-empty">
          <p className="empty-state-what">
            No conversations from {data.range.from} to {data.range.to} with these filters.
          </p>
          <p className="empty-state-status">Choose a longer range, or all teams and channels.</p>
        </div>
      ) : null}
      {data && data.totals.conversations > 0 ? <ReportBody report={data} /> : null}
    </section>
  );
}

function ReportBody({ report }: { report: InboxReport }) {
  return (
    <>
      <p className="muted small report-range">
        {report.range.from} to {report.range.to}, days and hours in{' '}
        {report.range.timezone.replaceAll('_', ' ')}.
      </p>
      <HeadlineTiles report={report} />
      <ReportCharts report={report} />
      <h2 className="report-heading">By team</h2>
      <ReportTable caption="By team" rows={report.perTeam} testId="report-per-team" />
      <h2 className="report-heading">By agent</h2>
      <ReportTable caption="By agent" rows={report.perAgent} testId="report-per-agent" />
      <h2 className="report-heading">Satisfaction by channel</h2>
      {report.csatByChannel.length === 0 ? (
        <p className="empty-inline">No ratings in this range.</p>
      ) : (
        <DataTable
          caption="Satisfaction by channel"
          columns={['Channel', 'Average rating', 'Ratings']}
          testId="report-csat"
        >
          {report.csatByChannel.map((row) => (
            <tr key={row.channel}>
              <td data-label="Channel">{row.label}</td>
              <td data-label="Average rating" className="numeric">
                {formatCsat(row.average)}
              </td>
              <td data-label="Ratings" className="numeric">
                {formatCount(row.responses)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
