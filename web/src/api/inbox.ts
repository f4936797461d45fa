// The agents' inbox: the list with its views and filters, saved views, the agent's availability,
// teams (for pickers), saved replies and phone-call logging. One conversation: inbox-conversation.ts.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { inboxPeopleKeys } from './inbox-people.ts';
import type {
  AgentState,
  ConversationDetail,
  ConversationPage,
  InboxFilters,
  InboxTeam,
  PhoneCallInput,
  SavedReply,
  SavedView,
} from './inbox-types.ts';
import type { Items } from './types.ts';

export const INBOX_PAGE_SIZE = 50;

/** Query keys of the inbox, all under 'inbox' so one invalidation can refresh everything. */
export const inboxKeys = {
  all: ['inbox'] as const,
  lists: ['inbox', 'list'] as const,
  list: (filters: InboxFilters) => ['inbox', 'list', filters] as const,
  counts: ['inbox', 'counts'] as const,
  conversation: (id: string) => ['inbox', 'conversation', id] as const,
  me: ['inbox', 'me'] as const,
  views: ['inbox', 'views'] as const,
  teams: ['inbox', 'agent-teams'] as const,
  savedReplies: ['inbox', 'saved-replies'] as const,
};

export function useConversations(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: inboxKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<ConversationPage>('/api/inbox/conversations', {
        query: { ...filters, cursor: pageParam, limit: INBOX_PAGE_SIZE },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The rail's and the navigation's numbers: the list's counts, from its smallest page. */
export function useInboxCounts(enabled = true) {
  return useQuery({
    queryKey: inboxKeys.counts,
    queryFn: async ({ signal }) =>
      (await api.get<ConversationPage>('/api/inbox/conversations', { query: { limit: 1 }, signal })).counts,
    enabled,
  });
}

export function useAgentState() {
  return useQuery({
    queryKey: inboxKeys.me,
    queryFn: ({ signal }) => api.get<AgentState>('/api/inbox/me', { signal }),
  });
}

export function useSetAvailability() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (available: boolean) => api.put<AgentState>('/api/inbox/me/availability', { available }),
    onSuccess: async (state) => {
      client.setQueryData(inboxKeys.me, state);
      // The pickers say who is away: my own change should show there too.
      await client.invalidateQueries({ queryKey: inboxPeopleKeys.agents });
    },
  });
}

export function useSavedViews() {
  return useQuery({
    queryKey: inboxKeys.views,
    queryFn: async ({ signal }) =>
      (await api.get<{ views: SavedView[] }>('/api/inbox/views', { signal })).views,
  });
}

export function useSaveView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; filters: InboxFilters }) =>
      api.post<{ view: SavedView }>('/api/inbox/views', input),
    onSuccess: ({ view }) => {
      client.setQueryData<SavedView[]>(inboxKeys.views, (views) => (views ? [...views, view] : [view]));
      void client.invalidateQueries({ queryKey: inboxKeys.views });
    },
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<undefined>(`/api/inbox/views/${seg(id)}`),
    onSuccess: (_result, id) => {
      client.setQueryData<SavedView[]>(inboxKeys.views, (views) => views?.filter((view) => view.id !== id));
      void client.invalidateQueries({ queryKey: inboxKeys.views });
    },
  });
}

/** Teams with their members: the team filter and the assignee, escalation and @mention pickers. */
export function useInboxTeams() {
  return useQuery({
    queryKey: inboxKeys.teams,
    queryFn: async ({ signal }) => (await api.get<Items<InboxTeam>>('/api/inbox/teams', { signal })).items,
    staleTime: 60_000,
  });
}

export function useSavedReplies() {
  return useQuery({
    queryKey: inboxKeys.savedReplies,
    queryFn: async ({ signal }) =>
      (await api.get<Items<SavedReply>>('/api/inbox/saved-replies', { signal })).items,
    staleTime: 60_000,
  });
}

export function useLogPhoneCall() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PhoneCallInput) =>
      api.post<{ conversation: ConversationDetail }>('/api/inbox/phone-calls', input),
    onSuccess: ({ conversation }) => {
      client.setQueryData(inboxKeys.conversation(conversation.id), conversation);
      void client.invalidateQueries({ queryKey: inboxKeys.lists });
      void client.invalidateQueries({ queryKey: inboxKeys.counts });
    },
  });
}
