import type { ConversationDetail } from '../../api/inbox-types.ts';
import { formatRelative } from '../../lib/format.ts';

export interface Collision {
  name: string;
  at: string;
}

/** The colleague's reply that the agent had not seen (the newest outgoing one by someone else). */
export function newestReplyByOthers(conversation: ConversationDetail, myId: string): Collision {
  const theirs = conversation.messages.filter(
    (message) => message.direction === 'out' && message.author.id !== myId,
  );
  const newest = theirs.at(-1);
  return { name: newest?.author.name ?? 'Someone', at: newest?.createdAt ?? new Date().toISOString() };
}

function ago(iso: string): string {
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  if (seconds >= 90) return formatRelative(iso);
  return seconds === 1 ? '1 second ago' : `${seconds} seconds ago`;
}

interface CollisionNoticeProps {
  collision: Collision;
  pending: boolean;
  onSendAnyway: () => void;
  onCancel: () => void;
}

/** Two agents answering one person at once: say who got there first, and let this one decide. */
export function CollisionNotice({ collision, pending, onSendAnyway, onCancel }: CollisionNoticeProps) {
  return (
    <div className="alert alert-warning" role="alert" data-testid="reply-collision">
      <p>
        {collision.name} replied {ago(collision.at)}: send anyway?
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary button-small"
          disabled={pending}
          onClick={onSendAnyway}
        >
          Send anyway
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Keep editing
        </button>
      </div>
    </div>
  );
}
