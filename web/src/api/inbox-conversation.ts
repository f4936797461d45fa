// One inbox conversation: reading it, changing its fields, replying, notes, escalation, scope
// changes, saved replies filled in for it, and telling colleagues who is looking at it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { inboxKeys } from './inbox.ts';
import type {
  ConversationChanges,
  ConversationDetail,
  EscalationInput,
  PresenceState,
  ReplyInput,
  ScopeChangeInput,
} from './inbox-types.ts';

type Wrapped = { conversation: ConversationDetail };

const path = (id: string) => `/api/inbox/conversations/${seg(id)}`;

export function useConversation(id: string) {
  return useQuery({
    queryKey: inboxKeys.conversation(id),
    queryFn: async ({ signal }) => (await api.get<Wrapped>(path(id), { signal })).conversation,
  });
}

/** Every write answers with the whole conversation: show it at once, and refresh the lists. */
function applyConversation(client: QueryClient, { conversation }: Wrapped) {
  client.setQueryData(inboxKeys.conversation(conversation.id), conversation);
  void client.invalidateQueries({ queryKey: inboxKeys.lists });
  void client.invalidateQueries({ queryKey: inboxKeys.counts });
}

/** `version` is the one on screen: a stale one answers 409 instead of overwriting someone's change. */
export function useUpdateConversation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ConversationChanges & { version: number }) => api.patch<Wrapped>(path(id), input),
    onSuccess: (result) => applyConversation(client, result),
  });
}

export function useReply(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReplyInput) => api.post<Wrapped>(`${path(id)}/replies`, input),
    onSuccess: (result) => applyConversation(client, result),
  });
}

export function useAddNote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (markdown: string) => api.post<Wrapped>(`${path(id)}/notes`, { markdown }),
    onSuccess: (result) => applyConversation(client, result),
  });
}

export function useEscalate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EscalationInput) => api.post<Wrapped>(`${path(id)}/escalations`, input),
    onSuccess: (result) => applyConversation(client, result),
  });
}

export function useRecordScopeChange(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ScopeChangeInput) => api.post<Wrapped>(`${path(id)}/scope-changes`, input),
    onSuccess: (result) => applyConversation(client, result),
  });
}

/** A saved reply with this conversation's names filled in ({{member.first_name}} and the like). */
export async function fillSavedReply(conversationId: string, replyId: string): Promise<string> {
  const filled = await api.get<{ markdown: string }>(`${path(conversationId)}/saved-replies/${seg(replyId)}`);
  return filled.markdown;
}

export function announcePresence(conversationId: string, state: PresenceState): Promise<unknown> {
  return api.post(`${path(conversationId)}/presence`, { state });
}
