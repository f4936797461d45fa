import { Link } from 'react-router';
import { notificationHref } from '../../api/notifications.ts';
import type { NotificationItem } from '../../api/types.ts';
import { Time } from '../../components/Bits.tsx';

/**
 * How a notification reads, in three parts: who (or what) in bold, what happened, and what it is
 * about. Forum kinds name the person ("Someone" if they are gone); the inbox kinds also read well
 * without anyone, as the system sends SLA alerts and rating requests on its own. An SLA alert's
 * title already says what is due on which conversation, so it is not quoted again.
 */
function wording(item: NotificationItem): { lead: string; says: string; about: string } {
  const actor = item.actor?.name ?? null;
  const quoted = `“${item.title}”`;
  switch (item.kind) {
    case 'reply':
      return { lead: actor ?? 'Someone', says: 'replied to', about: quoted };
    case 'mention':
      return { lead: actor ?? 'Someone', says: 'mentioned you in', about: quoted };
    case 'accepted':
      return { lead: actor ?? 'Someone', says: 'accepted your answer in', about: quoted };
    case 'message':
      return { lead: actor ?? 'Someone', says: 'sent you a message:', about: quoted };
    case 'assigned':
      return actor
        ? { lead: actor, says: 'assigned you', about: quoted }
        : { lead: 'Assigned to you:', says: '', about: quoted };
    case 'sla_alert':
      return { lead: 'SLA warning:', says: '', about: item.title };
    case 'note_mention':
      return actor
        ? { lead: actor, says: 'mentioned you in an internal note on', about: quoted }
        : { lead: 'Mentioned in an internal note:', says: '', about: quoted };
    case 'rating':
      return { lead: 'How did we do?', says: 'Rate the help you got with', about: quoted };
    case 'listening_alert':
      return { lead: 'Listening alert:', says: '', about: item.title };
    // An idea's title says what changed and the start of staff's response.
    case 'idea_status':
      return { lead: 'Idea update:', says: '', about: item.title };
    case 'idea_shipped':
      return { lead: 'Shipped!', says: '', about: item.title };
    case 'idea_merged':
      return { lead: 'Idea merged:', says: '', about: item.title };
    default:
      // A kind this page does not know yet (a newer server): still say what it is about.
      return { lead: actor ?? 'Notification:', says: '', about: quoted };
  }
}

/** "Ana Lima replied to “Printer offline”", as plain words (for labels and announcements). */
export function notificationText(item: NotificationItem): string {
  const { lead, says, about } = wording(item);
  return [lead, says, about].filter(Boolean).join(' ');
}

/**
 * One notification as a link to what it is about. Opening it marks it read (`onOpen`); unread
 * ones carry a dot and say so to screen readers.
 */
export function NotificationEntry({
  item,
  onOpen,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
}) {
  const { lead, says, about } = wording(item);
  return (
    <li
      className={item.read ? 'notification' : 'notification notification-unread'}
      data-testid="notification-item"
      data-kind={item.kind}
      data-read={item.read}
      data-notification-id={item.id}
    >
      <Link to={notificationHref(item)} className="notification-link" onClick={() => onOpen(item)}>
        <span className="notification-dot" aria-hidden="true" />
        <span className="notification-text">
          {item.read ? null : <span className="visually-hidden">Unread: </span>}
          <strong>{lead}</strong> {says ? `${says} ` : null}
          <span className="notification-title">{about}</span>
        </span>
        <span className="notification-time">
          <Time iso={item.createdAt} relative />
        </span>
      </Link>
    </li>
  );
}
