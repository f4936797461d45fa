// Direct messages: private threads between two people. Reading and replying happen on the thread
// page (/t/:id); this module lists them and starts new ones.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { queryKeys } from './keys.ts';
import type { Items, ThreadSummary } from './types.ts';

export function useDirectMessages() {
  return useQuery({
    queryKey: queryKeys.directMessages,
    queryFn: async ({ signal }) => (await api.get<Items<ThreadSummary>>('/api/messages', { signal })).items,
  });
}

export interface NewDirectMessage {
  /** The recipient's handle, without the @. */
  to: string;
  title: string;
  body: string;
}

export function useStartDirectMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDirectMessage) => api.post<{ threadId: string }>('/api/messages', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.directMessages }),
  });
}
