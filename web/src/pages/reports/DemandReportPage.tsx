import { useSearchParams } from 'react-router';
import { DEMAND_REPORT_MAX_DAYS, demandCsvUrl, useDemandReport } from '../../api/demand-report.ts';
import type { DemandFilters } from '../../api/demand-report.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { DateRangeFields } from '../../components/DateRangeFields.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import '../../styles/reports.css';
import { DemandBugs } from './DemandBugs.tsx';
import { DemandIdeas } from './DemandIdeas.tsx';
import { isDate } from './report-format.ts';

const DEFAULT_DAYS = 30;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The range the address holds: ?from=&to= (UTC days; the last 30 by default). */
function useRangeParams(): [DemandFilters, (changes: Partial<DemandFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const today = new Date();
  const from = params.get('from');
  const to = params.get('to');
  const filters: DemandFilters = {
    from: isDate(from) ? from : isoDay(new Date(today.getTime() - (DEFAULT_DAYS - 1) * 86_400_000)),
    to: isDate(to) ? to : isoDay(today),
  };
  function change(changes: Partial<DemandFilters>) {
    const next = { ...filters, ...changes };
    setParams(new URLSearchParams({ from: next.from, to: next.to }), { replace: true });
  }
  return [filters, change];
}

function checkRange({ from, to }: DemandFilters): string | undefined {
  if (from > to) return 'The start is after the end.';
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= DEMAND_REPORT_MAX_DAYS)
    return `Choose at most ${DEMAND_REPORT_MAX_DAYS} days.`;
  return undefined;
}

/** Demand (F4): the ideas most asked for, from every channel, and the bugs most reported, by theme. */
export function DemandReportPage() {
  const [filters, change] = useRangeParams();
  const rangeError = checkRange(filters);
  const report = useDemandReport(filters, !rangeError);
  const data = report.data;
  return (
    <section data-testid="demand-report" aria-busy={report.isFetching || undefined}>
      <PageHeader
        title="Demand"
        description="The open ideas most voted for, counting votes staff captured from conversations, mentions and posts, and the bugs most reported across listening, the inbox and the forum."
        actions={
          <a className="button" href={demandCsvUrl(filters)} download>
            Download CSV
          </a>
        }
      />
      <form
        className="filters report-filters"
        role="search"
        aria-label="Report period"
        onSubmit={(event) => event.preventDefault()}
      >
        <DateRangeFields from={filters.from} to={filters.to} onChange={change} error={rangeError} />
      </form>
      {report.isPending && !rangeError ? <Loading label="Loading the report…" /> : null}
      {report.isError && !data ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : null}
      {data ? (
        <>
          <p className="muted small report-range">
            {data.range.from} to {data.range.to}, UTC days.
          </p>
          <DemandIdeas ideas={data.ideas} />
          <DemandBugs bugs={data.bugs} />
        </>
      ) : null}
    </section>
  );
}
