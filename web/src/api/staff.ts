// Staff and admin tools: the moderation and unanswered-question queues, space administration
// (order, audiences, archive, moderators) and the site's settings with the community part.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { queryKeys } from './keys.ts';
import type {
  AdminSettings,
  AdminSpace,
  AdminUser,
  CommunitySettings,
  CursorPage,
  Items,
  ModerationItem,
  Post,
  ReviewAction,
  SpaceInput,
  UnansweredQueue,
} from './types.ts';

export function useModerationQueue() {
  return useQuery({
    queryKey: queryKeys.moderationQueue,
    queryFn: async ({ signal }) =>
      (await api.get<Items<ModerationItem>>('/api/moderation/flags', { signal })).items,
  });
}

export function useReviewPost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { postId: string; action: ReviewAction }) =>
      api.post<{ post: Post }>(`/api/moderation/posts/${seg(input.postId)}`, { action: input.action }),
    onSuccess: (_result, input) => {
      // Every action resolves the post's open flags: it leaves the queue at once. The refetches
      // are not awaited, so the page can say what happened without waiting for them.
      client.setQueryData<ModerationItem[]>(queryKeys.moderationQueue, (items) =>
        items?.filter((item) => item.post.id !== input.postId),
      );
      void client.invalidateQueries({ queryKey: queryKeys.moderationQueue });
      void client.invalidateQueries({ queryKey: queryKeys.forum });
    },
  });
}

export const UNANSWERED_LIMIT = 100;

export function useUnansweredQueue() {
  return useQuery({
    queryKey: queryKeys.unansweredQueue,
    queryFn: ({ signal }) =>
      api.get<UnansweredQueue>('/api/questions/unanswered', { query: { limit: UNANSWERED_LIMIT }, signal }),
    // Questions cross the waiting line as time passes, not only when someone posts.
    refetchInterval: 60_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Spaces (admin). GET /api/spaces is the list everyone reads; admins also get archived spaces.

/**
 * The spaces with their audiences and moderators (the same request as useSpaces, typed in full);
 * `enabled` false skips it for people who do not need it.
 */
export function useSpacesWithAudiences(enabled = true) {
  return useQuery({
    queryKey: queryKeys.spaces,
    queryFn: ({ signal }) => api.get<Items<AdminSpace>>('/api/spaces', { signal }),
    enabled,
  });
}

/** Puts the server's copy of a space into the cached list, then refetches every space query. */
async function applySpace(client: QueryClient, space: AdminSpace) {
  client.setQueryData<Items<AdminSpace>>(queryKeys.spaces, (data) => {
    if (!data) return data;
    const known = data.items.some((item) => item.id === space.id);
    return {
      items: known ? data.items.map((item) => (item.id === space.id ? space : item)) : [...data.items, space],
    };
  });
  await client.invalidateQueries({ queryKey: queryKeys.spaces });
}

export function useCreateSpace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SpaceInput) => api.post<{ space: AdminSpace }>('/api/admin/spaces', input),
    onSuccess: ({ space }) => applySpace(client, space),
  });
}

export function useUpdateSpace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...changes }: Partial<SpaceInput> & { id: string; archived?: boolean }) =>
      api.patch<{ space: AdminSpace }>(`/api/admin/spaces/${seg(id)}`, changes),
    onSuccess: ({ space }) => applySpace(client, space),
  });
}

export function useReorderSpaces() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.put<Items<AdminSpace>>('/api/admin/spaces/order', { ids }),
    onMutate: async (ids) => {
      await client.cancelQueries({ queryKey: queryKeys.spaces });
      const before = client.getQueryData<Items<AdminSpace>>(queryKeys.spaces);
      if (before) {
        const byId = new Map(before.items.map((space) => [space.id, space]));
        const items = ids.flatMap((id) => byId.get(id) ?? []);
        client.setQueryData<Items<AdminSpace>>(queryKeys.spaces, { items });
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) client.setQueryData(queryKeys.spaces, context.before);
    },
    onSuccess: (data) => client.setQueryData(queryKeys.spaces, data),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.spaces }),
  });
}

export function useAddSpaceModerator() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { spaceId: string; userId: string }) =>
      api.post<{ space: AdminSpace }>(`/api/admin/spaces/${seg(input.spaceId)}/moderators`, {
        userId: input.userId,
      }),
    onSuccess: ({ space }) => applySpace(client, space),
  });
}

export function useRemoveSpaceModerator() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { spaceId: string; userId: string }) =>
      api.delete<{ space: AdminSpace }>(
        `/api/admin/spaces/${seg(input.spaceId)}/moderators/${seg(input.userId)}`,
      ),
    onSuccess: ({ space }) => applySpace(client, space),
  });
}

/** Users matching a search (name, email or handle), for picking a moderator. */
export function useUserSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: queryKeys.adminUserSearch(query),
    queryFn: async ({ signal }) =>
      (
        await api.get<CursorPage<AdminUser>>('/api/admin/users', {
          query: { q: query, status: 'active', limit: 10 },
          signal,
        })
      ).items,
    enabled: query.length >= 2,
  });
}

const USERS_PAGE = 100;
const MAX_USER_PAGES = 10;

/**
 * Names for user ids. The users API has no lookup by id, so this pages through the users list
 * (newest first) until every id is found, or gives up after a thousand people.
 */
export function useUsersByIds(ids: readonly string[]) {
  const sorted = [...new Set(ids)].sort();
  return useQuery({
    queryKey: queryKeys.adminUsersByIds(sorted),
    queryFn: async ({ signal }) => {
      const found = new Map<string, AdminUser>();
      let cursor = '';
      for (let page = 0; page < MAX_USER_PAGES; page++) {
        const result = await api.get<CursorPage<AdminUser>>('/api/admin/users', {
          query: { cursor, limit: USERS_PAGE },
          signal,
        });
        for (const user of result.items) if (sorted.includes(user.id)) found.set(user.id, user);
        if (found.size === sorted.length || !result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return found;
    },
    enabled: sorted.length > 0,
    staleTime: 60_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Site settings, with the community part.

export function useSiteSettings() {
  return useQuery({
    queryKey: queryKeys.adminSettings,
    queryFn: ({ signal }) => api.get<AdminSettings>('/api/admin/settings', { signal }),
  });
}

export function useUpdateCommunitySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (community: Partial<CommunitySettings>) =>
      api.patch<AdminSettings>('/api/admin/settings', { community }),
    onSuccess: (settings) => client.setQueryData(queryKeys.adminSettings, settings),
  });
}
