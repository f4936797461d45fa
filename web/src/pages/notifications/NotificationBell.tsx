import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys.ts';
import {
  useMarkNotificationsRead,
  useNotifications,
  useUnreadNotifications,
} from '../../api/notifications.ts';
import type { NotificationItem } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { errorMessage, QueryError } from '../../components/Feedback.tsx';
import { BellIcon } from '../../components/Icons.tsx';
import { useDisclosure } from '../../lib/hooks.ts';
import { NotificationEntry } from './NotificationEntry.tsx';

const PANEL_SIZE = 8;

function countLabel(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/** Keeps the unread count and the lists fresh: the server says when this person's notifications change. */
export function useNotificationsLive(): void {
  const client = useQueryClient();
  useLiveEvent('notifications.changed', () => {
    void client.invalidateQueries({ queryKey: queryKeys.notificationsUnread });
    void client.invalidateQueries({ queryKey: queryKeys.notificationList });
  });
}

/** The bell in the header: the unread count, and a panel with the latest notifications. */
export function NotificationBell() {
  const { open, setOpen, panelId, container, button, onBlur } = useDisclosure();
  const unreadQuery = useUnreadNotifications();
  const list = useNotifications({ limit: PANEL_SIZE, enabled: open });
  const markRead = useMarkNotificationsRead();
  useNotificationsLive();

  const unread = unreadQuery.data ?? 0;
  const items = list.data?.pages[0]?.items ?? [];

  function openItem(item: NotificationItem) {
    if (!item.read) markRead.mutate([item.id]);
    setOpen(false);
  }

  return (
    <div className="bell" ref={container} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="icon-button bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="bell-count" aria-hidden="true" data-testid="notification-count">
            {countLabel(unread)}
          </span>
        ) : null}
      </button>
      <span className="visually-hidden" role="status">
        {unread > 0 ? `${unread} unread ${unread === 1 ? 'notification' : 'notifications'}` : ''}
      </span>
      <div id={panelId} className="bell-panel" hidden={!open} data-testid="notification-panel">
        <div className="bell-panel-head">
          <h2 className="bell-panel-title">Notifications</h2>
          <button
            type="button"
            className="button button-small"
            onClick={() => markRead.mutate('all')}
            disabled={unread === 0 || markRead.isPending}
          >
            Mark all read
          </button>
        </div>
        {markRead.isError ? (
          <p className="field-error" role="alert">
            {errorMessage(markRead.error)}
          </p>
        ) : null}
        {open && list.isPending ? <p className="bell-panel-note muted">Loading…</p> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? (
          <p className="bell-panel-note muted">
            Nothing yet. Replies to your threads, mentions, accepted answers and messages show up here.
          </p>
        ) : null}
        {items.length > 0 ? (
          <ul className="notification-list notification-list-compact" aria-label="Latest notifications">
            {items.map((item) => (
              <NotificationEntry key={item.id} item={item} onOpen={openItem} />
            ))}
          </ul>
        ) : null}
        <p className="bell-panel-foot">
          <Link to="/notifications" onClick={() => setOpen(false)}>
            See all notifications
          </Link>
          <Link to="/account#notifications" onClick={() => setOpen(false)}>
            Notification settings
          </Link>
        </p>
      </div>
    </div>
  );
}
