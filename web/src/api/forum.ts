// The forum: spaces' threads, one thread's pages, posting, Q&A, moderation, search and profiles.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { queryKeys } from './keys.ts';
import type {
  CursorPage,
  FlagReason,
  ForumSearchFilters,
  Items,
  PersonProfile,
  Post,
  PostRevision,
  SearchHit,
  SimilarThread,
  Space,
  Thread,
  ThreadPage,
  ThreadSummary,
} from './types.ts';

export const THREAD_PAGE_SIZE = 20;
export const THREAD_LIST_LIMIT = 30;

export type SolvedFilter = '' | 'solved' | 'unsolved';

export function useSpace(slug: string) {
  return useQuery({
    queryKey: queryKeys.space(slug),
    queryFn: async ({ signal }) =>
      (await api.get<{ space: Space }>(`/api/spaces/${seg(slug)}`, { signal })).space,
  });
}

export function useSpaceThreads(slug: string, state: SolvedFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.forumThreadList(slug, state),
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<ThreadSummary>>(`/api/spaces/${seg(slug)}/threads`, {
        query: { state, cursor: pageParam, limit: THREAD_LIST_LIMIT },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/**
 * One page of a thread: page `page`, or with `post` (a post's id) the page that holds that post,
 * whichever page that is (links in emails and notifications name a post, not a page).
 */
export function useThreadPage(id: string, page: number, post?: string) {
  return useQuery({
    queryKey: post ? [...queryKeys.forumThread(id), 'post', post] : queryKeys.forumThreadPage(id, page),
    queryFn: ({ signal }) =>
      api.get<ThreadPage>(`/api/threads/${seg(id)}`, {
        query: post ? { post, pageSize: THREAD_PAGE_SIZE } : { page, pageSize: THREAD_PAGE_SIZE },
        signal,
      }),
    // Keep showing the current page while the next one of the same thread loads; never another thread.
    placeholderData: (previous) => (previous?.thread.id === id ? previous : undefined),
  });
}

/** The page of a thread that holds post number `number`. */
export function pageOfPost(number: number): number {
  return Math.max(1, Math.ceil(number / THREAD_PAGE_SIZE));
}

/** After any change to a thread: its pages and the lists that show it are refetched. */
export async function refreshThread(client: QueryClient, threadId: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.forumThread(threadId) }),
    client.invalidateQueries({ queryKey: queryKeys.forumThreadLists }),
  ]);
}

function useThreadMutation<TInput, TResult>(threadId: string, fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => refreshThread(client, threadId) });
}

export function useCreateThread() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { space: string; title: string; body: string }) =>
      api.post<ThreadPage>('/api/threads', input),
    onSuccess: async (page) => {
      client.setQueryData(queryKeys.forumThreadPage(page.thread.id, page.page), page);
      await client.invalidateQueries({ queryKey: queryKeys.forumThreadLists });
    },
  });
}

export function useReply(threadId: string) {
  return useThreadMutation(threadId, (body: string) =>
    api.post<{ post: Post; threadId: string }>(`/api/threads/${seg(threadId)}/replies`, { body }),
  );
}

export function useEditPost(threadId: string) {
  return useThreadMutation(
    threadId,
    (input: { postId: string; body: string; title?: string; reason?: string }) => {
      const { postId, ...edit } = input;
      return api.patch<{ post: Post }>(`/api/posts/${seg(postId)}`, edit);
    },
  );
}

export function usePostRevisions(postId: string) {
  return useQuery({
    queryKey: queryKeys.forumRevisions(postId),
    queryFn: async ({ signal }) =>
      (await api.get<Items<PostRevision>>(`/api/posts/${seg(postId)}/revisions`, { signal })).items,
  });
}

export type ThreadStateChange = Partial<Record<'pinned' | 'locked' | 'closed', boolean>>;

export function useSetThreadState(threadId: string) {
  return useThreadMutation(threadId, (state: ThreadStateChange) =>
    api.patch<{ thread: Thread }>(`/api/threads/${seg(threadId)}/state`, state),
  );
}

export function useMoveThread(threadId: string) {
  return useThreadMutation(threadId, (space: string) =>
    api.post<{ thread: Thread }>(`/api/threads/${seg(threadId)}/move`, { space }),
  );
}

export function useAcceptAnswer(threadId: string) {
  return useThreadMutation(threadId, (postId: string | null) =>
    postId
      ? api.put<{ thread: Thread }>(`/api/threads/${seg(threadId)}/accepted`, { postId })
      : api.delete<{ thread: Thread }>(`/api/threads/${seg(threadId)}/accepted`),
  );
}

export function useHelpful(threadId: string) {
  return useThreadMutation(threadId, (input: { postId: string; helpful: boolean }) => {
    const path = `/api/posts/${seg(input.postId)}/helpful`;
    type Result = { helpfulCount: number; helpfulByMe: boolean };
    return input.helpful ? api.put<Result>(path) : api.delete<Result>(path);
  });
}

export function useOfficial(threadId: string) {
  return useThreadMutation(threadId, (input: { postId: string; official: boolean }) => {
    const path = `/api/posts/${seg(input.postId)}/official`;
    return input.official ? api.put<{ post: Post }>(path) : api.delete<{ post: Post }>(path);
  });
}

export function useHidePost(threadId: string) {
  return useThreadMutation(threadId, (input: { postId: string; hide: boolean }) =>
    api.post<{ post: Post }>(`/api/moderation/posts/${seg(input.postId)}`, {
      action: input.hide ? 'hide' : 'unhide',
    }),
  );
}

export function useFlagPost(threadId: string) {
  return useThreadMutation(threadId, (input: { postId: string; reason: FlagReason; note: string }) =>
    api.post<{ openFlags: number; hidden: boolean }>(`/api/posts/${seg(input.postId)}/flags`, {
      reason: input.reason,
      note: input.note,
    }),
  );
}

export function useAcknowledge(threadId: string) {
  return useThreadMutation(threadId, () =>
    api.post<{ thread: Thread }>(`/api/threads/${seg(threadId)}/acknowledge`),
  );
}

export function useTakePrivate(threadId: string) {
  return useThreadMutation(threadId, (note: string) =>
    api.post<{ thread: Thread }>(`/api/threads/${seg(threadId)}/private`, note ? { note } : {}),
  );
}

export function useForumSearch(filters: ForumSearchFilters) {
  const q = filters.q.trim();
  return useQuery({
    queryKey: queryKeys.forumSearch({ ...filters, q }),
    queryFn: async ({ signal }) =>
      (
        await api.get<Items<SearchHit>>('/api/search', {
          query: { q, space: filters.space, author: filters.author.trim(), solved: filters.solved },
          signal,
        })
      ).items,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Threads that already ask what `title` asks; nothing until the title has a few characters. */
export function useSimilarThreads(title: string, space: string) {
  const trimmed = title.trim();
  return useQuery({
    queryKey: queryKeys.forumSimilar(trimmed, space),
    queryFn: async ({ signal }) =>
      (
        await api.get<Items<SimilarThread>>('/api/similar', {
          query: { title: trimmed, space, limit: 5 },
          signal,
        })
      ).items,
    enabled: trimmed.length >= 3,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function usePerson(handle: string) {
  return useQuery({
    queryKey: queryKeys.person(handle),
    queryFn: ({ signal }) => api.get<PersonProfile>(`/api/people/${seg(handle)}`, { signal }),
  });
}
