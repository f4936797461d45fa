import type { DeliveryCounts, MessageStatus } from '../../../api/members-outreach.ts';

/** The order of the bar's parts and its legend: done first, then on the way, then what did not go. */
const PARTS: readonly MessageStatus[] = ['sent', 'queued', 'failed', 'skipped'];

export function deliveryWords(counts: DeliveryCounts): string {
  return PARTS.map((status) => `${counts[status].toLocaleString()} ${status}`).join(', ');
}

/**
 * Where a campaign's messages are: a small stacked bar (sent, queued, failed, skipped) and the
 * numbers beside it. An SVG with widths as attributes: the page's CSP allows no style attributes.
 */
export function DeliveryBar({ counts }: { counts: DeliveryCounts }) {
  const total = PARTS.reduce((sum, status) => sum + counts[status], 0);
  let x = 0;
  return (
    <span className="delivery" data-testid="campaign-delivery">
      <svg
        className="delivery-bar"
        viewBox={`0 0 ${Math.max(total, 1)} 1`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {PARTS.map((status) => {
          const width = counts[status];
          const part = (
            <rect key={status} className={`delivery-${status}`} x={x} y={0} width={width} height={1} />
          );
          x += width;
          return part;
        })}
      </svg>
      <span className="delivery-legend">
        {PARTS.map((status) => (
          <span key={status} className="delivery-count" data-status={status}>
            <span className={`delivery-key delivery-${status}`} aria-hidden="true" />
            {counts[status].toLocaleString()} {status}
          </span>
        ))}
      </span>
    </span>
  );
}
