import { Link } from 'react-router';
import { notificationHref } from '../../api/notifications.ts';
import type { NotificationItem, NotificationKind } from '../../api/types.ts';
import { Time } from '../../components/Bits.tsx';

const VERBS: Record<NotificationKind, string> = {
  reply: 'replied to',
  mention: 'mentioned you in',
  accepted: 'accepted your answer in',
  message: 'sent you a message:',
};

/** "Ana Lima replied to “Printer offline”", as plain words (for labels and announcements). */
export function notificationText(item: NotificationItem): string {
  return `${item.actor?.name ?? 'Someone'} ${VERBS[item.kind]} “${item.title}”`;
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
  return (
    <li
      className={item.read ? 'notification' : 'notification notification-unread'}
      data-testid="notification-item"
      data-read={item.read}
      data-notification-id={item.id}
    >
      <Link to={notificationHref(item)} className="notification-link" onClick={() => onOpen(item)}>
        <span className="notification-dot" aria-hidden="true" />
        <span className="notification-text">
          {item.read ? null : <span className="visually-hidden">Unread: </span>}
          <strong>{item.actor?.name ?? 'Someone'}</strong> {VERBS[item.kind]}{' '}
          <span className="notification-title">“{item.title}”</span>
        </span>
        <span className="notification-time">
          <Time iso={item.createdAt} relative />
        </span>
      </Link>
    </li>
  );
}
