// Pieces of an alert shared by the list and the alert's page.
import { useId } from 'react';
import type { AlertCount, ListeningAlert } from '../../api/listening.ts';
import type { Me } from '../../api/types.ts';
import { Time } from '../../components/Bits.tsx';
import { barWidthClass } from './labels.ts';

/** "3 minutes ago, by you" or "…, by Priya Shah". */
export function AcknowledgedBy({ alert, me }: { alert: ListeningAlert; me: Pick<Me, 'id'> }) {
  const who =
    alert.acknowledgedBy === null
      ? ''
      : alert.acknowledgedBy === me.id
        ? 'by you'
        : `by ${alert.acknowledgedByName ?? 'a colleague'}`;
  return (
    <span data-testid="alert-acknowledged">
      {alert.acknowledgedAt ? <Time iso={alert.acknowledgedAt} relative /> : 'Yes'}
      {who ? `, ${who}` : ''}
    </span>
  );
}

/** A short ranking (top terms, sources, authors) as bars, the longest for the largest count. */
export function CountPanel({
  title,
  counts,
  empty,
  unit,
  testId,
}: {
  title: string;
  counts: readonly AlertCount[];
  empty: string;
  /** What is counted ("mentions"), for screen readers. */
  unit: string;
  testId: string;
}) {
  const titleId = useId();
  const largest = Math.max(1, ...counts.map((entry) => entry.count));
  return (
    <section className="card alert-panel" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} className="alert-panel-title">
        {title}
      </h2>
      {counts.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="bar-list" aria-labelledby={titleId}>
          {counts.map((entry) => (
            <li key={entry.name} className="bar-row" data-testid="alert-count">
              <span className="bar-label">{entry.name}</span>
              <span className="bar-track" aria-hidden="true">
                <span className={`bar-fill ${barWidthClass(entry.count / largest)}`} />
              </span>
              <span className="bar-value numeric">
                {entry.count.toLocaleString()}
                <span className="visually-hidden"> {unit}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * A change from before to now with an arrow; `worseWhen` says which way is bad news (sentiment
 * going down, the negative share going up), shown in red.
 */
export function Shift({
  now,
  before,
  format,
  worseWhen,
  unit,
}: {
  now: number | null;
  before: number | null;
  format: (value: number) => string;
  worseWhen: 'up' | 'down';
  /** Says the size of the change in words ("points"). */
  unit: (difference: number) => string;
}) {
  if (now === null) return <span className="muted">Not enough mentions to tell.</span>;
  if (before === null)
    return (
      <span>
        <strong className="numeric">{format(now)}</strong> now; no mentions the day before to compare.
      </span>
    );
  const difference = now - before;
  const direction = Math.abs(difference) < 0.005 ? 'flat' : difference > 0 ? 'up' : 'down';
  const tone = direction === 'flat' ? 'shift-flat' : direction === worseWhen ? 'shift-worse' : 'shift-better';
  const arrow = direction === 'up' ? '↑' : direction === 'down' ? '↓' : '→';
  return (
    <span className={`shift ${tone}`} data-direction={direction}>
      <strong className="numeric">{format(now)}</strong> now,{' '}
      <span className="numeric">{format(before)}</span> the day before{' '}
      <span className="shift-arrow" aria-hidden="true">
        {arrow}
      </span>
      <span className="visually-hidden">
        {direction === 'flat' ? ' (about the same)' : ` (${direction} ${unit(Math.abs(difference))})`}
      </span>
    </span>
  );
}
