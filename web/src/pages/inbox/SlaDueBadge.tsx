import type { ConversationSummary } from '../../api/inbox-types.ts';
import { Badge, type BadgeTone } from '../../components/Bits.tsx';
import { formatFullDateTime } from '../../lib/format.ts';
import { formatMinutes, minutesUntil } from './labels.ts';

// Red once a quarter of an hour is left: enough time to act, if someone acts now.
const URGENT_MINUTES = 15;
const SOON_MINUTES = 60;

function dueTone(minutes: number): BadgeTone {
  if (minutes <= URGENT_MINUTES) return 'danger';
  return minutes <= SOON_MINUTES ? 'warning' : 'neutral';
}

/** The next SLA due time as a person reads it: "due in 12 min", "overdue by 3 min", "breached". */
export function SlaDueBadge({
  conversation,
  now,
}: {
  conversation: Pick<ConversationSummary, 'breached' | 'nextDueAt' | 'status'>;
  now: number;
}) {
  if (conversation.breached)
    return (
      <span data-testid="sla-due" data-sla="breached">
        <Badge tone="danger">Breached</Badge>
      </span>
    );
  if (!conversation.nextDueAt || conversation.status === 'resolved')
    return (
      <span className="muted" data-testid="sla-due" data-sla="none">
        —
      </span>
    );
  const minutes = minutesUntil(conversation.nextDueAt, now);
  const text =
    minutes < 0 ? `Overdue by ${formatMinutes(-minutes)}` : `Due in ${formatMinutes(Math.ceil(minutes))}`;
  return (
    <span title={formatFullDateTime(conversation.nextDueAt)} data-testid="sla-due" data-sla="due">
      <Badge tone={minutes < 0 ? 'danger' : dueTone(minutes)}>{text}</Badge>
    </span>
  );
}
