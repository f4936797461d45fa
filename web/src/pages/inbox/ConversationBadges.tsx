import type { ConversationSummary, Priority } from '../../api/inbox-types.ts';
import { Badge, type BadgeTone } from '../../components/Bits.tsx';
import { PRIORITY_LABELS } from './labels.ts';

const PRIORITY_TONES: Record<Priority, BadgeTone> = {
  low: 'neutral',
  normal: 'neutral',
  high: 'warning',
  urgent: 'danger',
};

export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span className={`priority priority-${priority}`} data-testid="priority">
      <Badge tone={PRIORITY_TONES[priority]}>{PRIORITY_LABELS[priority]}</Badge>
    </span>
  );
}

/** Tags and the flags worth seeing in a list: escalated, answered by the community. */
export function ConversationBadges({
  conversation,
}: {
  conversation: Pick<ConversationSummary, 'tags' | 'escalated' | 'deflected'>;
}) {
  if (conversation.tags.length === 0 && !conversation.escalated && !conversation.deflected) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
      {conversation.escalated ? (
        <li>
          <Badge tone="danger">Escalated</Badge>
        </li>
      ) : null}
      {conversation.deflected ? (
        <li>
          <Badge tone="success">Answered by the community</Badge>
        </li>
      ) : null}
      {conversation.tags.map((tag) => (
        <li key={tag} className="tag" data-testid="tag">
          #{tag}
        </li>
      ))}
    </ul>
  );
}
