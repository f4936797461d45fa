import type { UseQueryResult } from '@tanstack/react-query';
import type { CoverageGap } from '../../api/inbox-admin.ts';
import { Loading, Notice, QueryError } from '../../components/Feedback.tsx';
import { describeSpan } from './rota.ts';

/**
 * The opening hours of the week shown with nobody on duty, so they can be filled before they
 * come. Only what is still ahead is checked: the rest of this week, or all of a later one.
 */
export function CoverageGaps({
  query,
  timezone,
  from,
  to,
}: {
  query: UseQueryResult<CoverageGap[]>;
  timezone: string;
  /** The week shown, as ISO instants. */
  from: string;
  to: string;
}) {
  const now = Date.now();
  if (Date.parse(to) <= now)
    return (
      <p className="muted page-alert" data-testid="coverage-past">
        This week is over: coverage is checked for the weeks ahead.
      </p>
    );
  const scope = Date.parse(from) <= now ? 'the rest of this week' : 'this week';
  if (query.isPending) return <Loading label="Checking coverage…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0)
    return (
      <Notice tone="success" className="page-alert" testId="coverage-ok">
        <p>Covered: someone is on duty in every opening hour of {scope}.</p>
      </Notice>
    );
  return (
    <Notice tone="warning" className="page-alert coverage-gaps" testId="coverage-gaps">
      <h3>Coverage gaps in {scope}</h3>
      <ul>
        {query.data.map((gap) => (
          <li key={`${gap.startsAt}-${gap.endsAt}`} data-testid="coverage-gap">
            <strong>{describeSpan(gap.startsAt, gap.endsAt, timezone)}</strong>: nobody on duty
          </li>
        ))}
      </ul>
    </Notice>
  );
}
