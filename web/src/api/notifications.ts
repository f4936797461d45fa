// Notifications: the unread count behind the bell, the list, marking read, preferences, and the
// one-click unsubscribe link from notification emails.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { queryKeys } from './keys.ts';
import type { NotificationItem, NotificationPage, NotificationPreferences } from './types.ts';

export const NOTIFICATIONS_PAGE_SIZE = 30;

/**
 * Where a notification leads: its own link (a conversation, the rating page) when it has one and it
 * stays on this site, else the post in its thread, else the list.
 */
export function notificationHref(item: NotificationItem): string {
  if (item.link && /^\/(?![/\\])/.test(item.link)) return item.link;
  if (!item.threadId) return '/notifications';
  return `/t/${encodeURIComponent(item.threadId)}${item.postId ? `#post-${item.postId}` : ''}`;
}

export function useUnreadNotifications() {
  return useQuery({
    queryKey: queryKeys.notificationsUnread,
    queryFn: async ({ signal }) =>
      (await api.get<{ unread: number }>('/api/notifications/unread', { signal })).unread,
  });
}

export function useNotifications(options: { limit?: number; enabled?: boolean } = {}) {
  const limit = options.limit ?? NOTIFICATIONS_PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: [...queryKeys.notificationList, limit],
    queryFn: ({ pageParam, signal }) =>
      api.get<NotificationPage>('/api/notifications', { query: { cursor: pageParam, limit }, signal }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
}

/** Marks the cached copies read at once, so the bell and the lists agree before the server answers. */
function markCachedRead(client: QueryClient, ids: readonly string[] | 'all') {
  client.setQueriesData<InfiniteData<NotificationPage>>({ queryKey: queryKeys.notificationList }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => {
              if (item.read || (ids !== 'all' && !ids.includes(item.id))) return item;
              return { ...item, read: true };
            }),
          })),
        }
      : data,
  );
  if (ids === 'all') {
    client.setQueryData<number>(queryKeys.notificationsUnread, 0);
    return;
  }
  client.setQueryData<number>(queryKeys.notificationsUnread, (count) =>
    count === undefined ? count : Math.max(0, count - ids.length),
  );
}

/** Marks some notifications read (pass only unread ones), or all of them. */
export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[] | 'all') =>
      api.post<{ unread: number }>('/api/notifications/read', ids === 'all' ? { all: true } : { ids }),
    onMutate: async (ids) => {
      await Promise.all([
        client.cancelQueries({ queryKey: queryKeys.notificationsUnread }),
        client.cancelQueries({ queryKey: queryKeys.notificationList }),
      ]);
      markCachedRead(client, ids);
    },
    onSuccess: ({ unread }) => client.setQueryData(queryKeys.notificationsUnread, unread),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notificationList }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: queryKeys.notificationPreferences,
    queryFn: ({ signal }) => api.get<NotificationPreferences>('/api/notifications/preferences', { signal }),
  });
}

export function useUpdateNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferences) =>
      api.patch<NotificationPreferences>('/api/notifications/preferences', input),
    onSuccess: (saved) => client.setQueryData(queryKeys.notificationPreferences, saved),
  });
}

/** The link from a notification email: no sign-in needed, the signed token is the credential. */
export function useUnsubscribe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { u: string; t: string }) =>
      api.post<{ unsubscribed: true }>('/api/notifications/unsubscribe', undefined, { query: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.notificationPreferences }),
  });
}
