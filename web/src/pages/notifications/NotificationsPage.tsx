import { Link } from 'react-router';
import { useMarkNotificationsRead, useNotifications } from '../../api/notifications.ts';
import type { NotificationItem } from '../../api/types.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { LoadMore } from '../../components/DataTable.tsx';
import { errorMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { NotificationEntry } from './NotificationEntry.tsx';

/** Every notification, newest first; opening one marks it read. */
export function NotificationsPage() {
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  function openItem(item: NotificationItem) {
    if (!item.read) markRead.mutate([item.id]);
  }

  return (
    <section data-testid="notifications-page">
      <PageHeader
        title="Notifications"
        description={
          <>
            Replies to your threads, mentions, accepted answers, direct messages and news about your
            conversations. Choose what reaches you under{' '}
            <Link to="/account#notifications">Account › Notifications</Link>.
          </>
        }
        actions={
          <button
            type="button"
            className="button"
            onClick={() => markRead.mutate('all')}
            disabled={unread === 0 || markRead.isPending}
          >
            Mark all read
          </button>
        }
      />
      <p className="notifications-summary" role="status">
        {list.isSuccess ? (unread === 0 ? 'All read.' : `${unread} unread.`) : ''}
      </p>
      {markRead.isError ? (
        <div className="alert alert-error" role="alert">
          <p>{errorMessage(markRead.error)}</p>
        </div>
      ) : null}
      {list.isPending ? <Loading label="Loading notifications…" /> : null}
      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <p className="empty-inline">
          No notifications yet. When someone replies to your thread, mentions you, accepts your answer or
          writes to you, it shows up here and on the bell at the top.
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="notification-list card" aria-label="Notifications">
          {items.map((item) => (
            <NotificationEntry key={item.id} item={item} onOpen={openItem} />
          ))}
        </ul>
      ) : null}
      <LoadMore query={list} />
    </section>
  );
}
