// Who works the inbox and where conversations come from: the agents' inbox (pickers, names,
// channel labels), Inbox › Settings and Reports all read these, so they share one cache entry each.
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Items } from './types.ts';

/** Someone who can work the inbox (an active agent, manager or admin): GET /api/inbox/agents. */
export interface InboxAgent {
  id: string;
  name: string;
  handle: string;
  role: string;
  /** False while they are away. Optional: a server that does not send it says nothing about it. */
  available?: boolean;
}
/** A kind of channel conversations come from: GET /api/inbox/channels. */
export interface ChannelKind {
  kind: string;
  label: string;
  /** False where replies cannot go back (e.g. phone): notes only. */
  canReply: boolean;
}

export const inboxPeopleKeys = {
  agents: ['inbox-people', 'agents'] as const,
  channelKinds: ['inbox-people', 'channel-kinds'] as const,
};

/** Everyone who can work the inbox: assignees, escalation, @mentions, members, leads, the rota. */
export function useAgents() {
  return useQuery({
    queryKey: inboxPeopleKeys.agents,
    queryFn: async ({ signal }) => (await api.get<Items<InboxAgent>>('/api/inbox/agents', { signal })).items,
  });
}

/** The channels conversations come from. Fixed while the server runs, so asked once per page load. */
export function useChannelKinds() {
  return useQuery({
    queryKey: inboxPeopleKeys.channelKinds,
    queryFn: async ({ signal }) =>
      (await api.get<Items<ChannelKind>>('/api/inbox/channels', { signal })).items,
    staleTime: Infinity,
  });
}

/**
 * A channel kind in words, as GET /api/inbox/channels names it. Until the list has loaded, or
 * for a kind it no longer lists, the kind itself ("sms" → "Sms") rather than nothing.
 */
export function channelLabel(kind: string, channels: readonly ChannelKind[] | undefined): string {
  const known = channels?.find((channel) => channel.kind === kind);
  return known?.label ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}
