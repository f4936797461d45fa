import type {
  ActivityEntry,
  ConversationDetail,
  InboxMessage,
  MessageDirection,
} from '../../api/inbox-types.ts';
import { Badge, Time } from '../../components/Bits.tsx';
import { PostHtml } from '../../components/forum/PostHtml.tsx';
import { describeActivity } from './activityText.ts';
import type { Directory } from './colleagues.ts';

const DIRECTION_LABELS: Record<MessageDirection, string> = {
  in: 'From the member',
  out: 'Reply',
  note: 'Internal note',
  community: 'Community answer',
};

type Entry = { at: number; message: InboxMessage } | { at: number; activity: ActivityEntry };

/** Messages and the activity around them in one order; on a tie the message comes first. */
function interleave(conversation: ConversationDetail): Entry[] {
  const entries: Entry[] = [
    ...conversation.messages.map((message) => ({ at: Date.parse(message.createdAt), message })),
    ...conversation.activity.map((activity) => ({ at: Date.parse(activity.createdAt), activity })),
  ];
  return entries.sort((a, b) => a.at - b.at || Number('activity' in a) - Number('activity' in b));
}

function MessageItem({ message }: { message: InboxMessage }) {
  const showDelivery = message.direction === 'out' && message.deliveryStatus !== 'sent';
  return (
    <li>
      <article
        className={`inbox-message inbox-message-${message.direction}`}
        data-testid="inbox-message"
        data-direction={message.direction}
        data-automated={message.automated}
      >
        <header className="inbox-message-head">
          <strong>{message.author.name ?? 'Unknown'}</strong>
          <span className="inbox-message-kind">{DIRECTION_LABELS[message.direction]}</span>
          {message.direction === 'note' ? <Badge tone="warning">Internal: not sent</Badge> : null}
          {message.automated ? <Badge>Automated</Badge> : null}
          {showDelivery ? <span className="muted small">{message.deliveryStatus}</span> : null}
          <span className="inbox-message-time">
            <Time iso={message.createdAt} />
          </span>
        </header>
        <PostHtml html={message.html} className="inbox-message-body" />
      </article>
    </li>
  );
}

function ActivityItem({ entry, names }: { entry: ActivityEntry; names: Directory }) {
  return (
    <li className="inbox-activity" data-testid="inbox-activity" data-kind={entry.kind}>
      <span className="inbox-activity-text">
        {entry.actor ? <strong>{entry.actor.name}: </strong> : null}
        {describeActivity(entry, names)}
      </span>{' '}
      <Time iso={entry.createdAt} relative />
    </li>
  );
}

export function ConversationTimeline({
  conversation,
  names,
}: {
  conversation: ConversationDetail;
  names: Directory;
}) {
  return (
    <section aria-labelledby="timeline-heading" className="inbox-timeline-section">
      <h2 id="timeline-heading" className="visually-hidden">
        Messages and activity
      </h2>
      <ol className="inbox-timeline" data-testid="inbox-timeline">
        {interleave(conversation).map((entry) =>
          'message' in entry ? (
            <MessageItem key={entry.message.id} message={entry.message} />
          ) : (
            <ActivityItem key={entry.activity.id} entry={entry.activity} names={names} />
          ),
        )}
      </ol>
    </section>
  );
}
