// Members outreach (src/modules/members/routes/outreach.ts): greeting newcomers, thanking the people
// who help most, and messaging a segment at once, each message tracked to delivery.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { memberKeys } from './members.ts';
import type { MemberFilter, MemberListFilters, MemberSummary } from './members.ts';
import type { CursorPage, IsoDateTime } from './types.ts';

export type MessageChannel = 'email' | 'dm';
/** queued (an email on its way), sent, failed (the mail server refused; retried) or skipped. */
export type MessageStatus = 'queued' | 'sent' | 'failed' | 'skipped';
export type MessageKind = 'greeting' | 'outreach';

/** What staff sent a member outside a conversation: GET /api/members/:id/messages. */
export interface MemberMessage {
  id: string;
  /** greeting, outreach, campaign or review_request. */
  kind: string;
  channel: MessageChannel;
  toAddress: string | null;
  subject: string;
  body: string;
  status: MessageStatus;
  /** Why it was skipped or failed; for a direct message, its thread (`/t/…`). */
  detail: string;
  sentBy: { id: string; name: string } | null;
  createdAt: IsoDateTime;
  sentAt: IsoDateTime | null;
}

/** A newcomer nobody greeted yet, with what they did first: GET /api/members/welcome-queue. */
export interface WelcomeItem extends MemberSummary {
  firstActivity: { title: string; link: string | null; at: IsoDateTime } | null;
}

/** Someone who helped in the last 90 days: GET /api/members/advocates. */
export interface Advocate extends MemberSummary {
  acceptedAnswers: number;
  replies: number;
  lastHelpedAt: IsoDateTime;
  lastOutreachAt: IsoDateTime | null;
}

export interface DeliveryCounts {
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
}

/** A message sent to a segment: GET /api/members/campaigns. */
export interface Campaign {
  id: string;
  name: string;
  segmentId: string | null;
  /** The segment's filter with the campaign's own over it. */
  filter: MemberFilter;
  subject: string;
  body: string;
  createdBy: { id: string; name: string } | null;
  createdAt: IsoDateTime;
  counts: DeliveryCounts;
}

export interface CampaignRecipient {
  id: string;
  member: { id: string; name: string };
  channel: MessageChannel;
  toAddress: string | null;
  status: MessageStatus;
  detail: string;
  sentAt: IsoDateTime | null;
}

/** A campaign with each recipient's delivery (the first 1,000): GET /api/members/campaigns/:id. */
export interface CampaignDetail extends Campaign {
  recipients: CampaignRecipient[];
}

export interface MessageInput {
  kind: MessageKind;
  channel: MessageChannel;
  subject: string;
  body: string;
}

export interface CampaignInput {
  name: string;
  segmentId?: string;
  filter?: MemberFilter;
  subject: string;
  body: string;
}

export const outreachKeys = {
  welcome: [...memberKeys.all, 'welcome'] as const,
  advocates: [...memberKeys.all, 'advocates'] as const,
  messages: (id: string) => [...memberKeys.all, 'messages', id] as const,
  campaigns: [...memberKeys.all, 'campaigns'] as const,
  campaign: (id: string) => [...memberKeys.all, 'campaigns', id] as const,
  matches: (filters: MemberListFilters) => [...memberKeys.all, 'matches', filters] as const,
};

/** A list the server answers as `{items}`, as the items. */
function useItems<T>(queryKey: readonly unknown[], path: string, query: Record<string, number> = {}) {
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => api.get<{ items: T[] }>(path, { query, signal }),
    select: (page) => page.items,
  });
}

export function useWelcomeQueue() {
  return useItems<WelcomeItem>(outreachKeys.welcome, '/api/members/welcome-queue', { limit: 100 });
}

export function useAdvocates() {
  return useItems<Advocate>(outreachKeys.advocates, '/api/members/advocates', { limit: 100 });
}

export function useMemberMessages(memberId: string) {
  return useItems<MemberMessage>(outreachKeys.messages(memberId), `/api/members/${seg(memberId)}/messages`);
}

/** After a message: the queue, the advocates, the member and their messages and timeline are asked again. */
function refreshAfterMessage(client: QueryClient, memberId: string) {
  client.setQueryData<{ items: WelcomeItem[] }>(outreachKeys.welcome, (queue) =>
    queue ? { items: queue.items.filter((item) => item.id !== memberId) } : queue,
  );
  return Promise.all([
    client.invalidateQueries({ queryKey: outreachKeys.welcome }),
    client.invalidateQueries({ queryKey: outreachKeys.advocates }),
    client.invalidateQueries({ queryKey: outreachKeys.messages(memberId) }),
    client.invalidateQueries({ queryKey: memberKeys.one(memberId) }),
    client.invalidateQueries({ queryKey: ['members', 'timeline', memberId] }),
  ]);
}

/**
 * Greets a newcomer or reaches out to a member; `{name}` becomes their first name. A greeting fails
 * with MEMBER_ALREADY_GREETED when someone was quicker, MEMBER_UNREACHABLE when the channel cannot
 * reach them.
 */
export function useMessageMember(memberId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MessageInput) =>
      api.post<MemberMessage>(`/api/members/${seg(memberId)}/messages`, input),
    onSuccess: () => refreshAfterMessage(client, memberId),
    onError: () => client.invalidateQueries({ queryKey: outreachKeys.welcome }),
  });
}

export function useCampaigns() {
  return useItems<Campaign>(outreachKeys.campaigns, '/api/members/campaigns');
}

/** One campaign; asked again every few seconds while some of its emails are on their way. */
export function useCampaign(id: string) {
  return useQuery({
    queryKey: outreachKeys.campaign(id),
    queryFn: ({ signal }) => api.get<CampaignDetail>(`/api/members/campaigns/${seg(id)}`, { signal }),
    refetchInterval: (query) => ((query.state.data?.counts.queued ?? 0) > 0 ? 5_000 : false),
  });
}

/** Emails everyone the segment and the filter select (at most 5,000); opted-out members are skipped. */
export function useSendCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) => api.post<Campaign>('/api/members/campaigns', input),
    onSuccess: () => client.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

/** How many members the preview counts at the most: past it, "more than". */
export const MATCH_COUNT_CAP = 500;
const MATCH_PAGE = 100;

/**
 * How many members these filters list now, paging up to MATCH_COUNT_CAP (a few small requests):
 * `more` says there are more than `count`.
 */
export function useMatchCount(filters: MemberListFilters, enabled: boolean) {
  return useQuery({
    queryKey: outreachKeys.matches(filters),
    enabled,
    staleTime: 30_000,
    queryFn: async ({ signal }) => {
      let count = 0;
      let cursor = '';
      for (;;) {
        const page = await api.get<CursorPage<MemberSummary>>('/api/members', {
          query: { ...filters, cursor, limit: MATCH_PAGE },
          signal,
        });
        count += page.items.length;
        if (!page.nextCursor) return { count, more: false };
        if (count >= MATCH_COUNT_CAP) return { count, more: true };
        cursor = page.nextCursor;
      }
    },
  });
}

/** The link in a campaign or review email: no sign-in, the signed link is the credential. */
export function useOptOut() {
  return useMutation({
    mutationFn: (input: { m: string; t: string }) =>
      api.post<{ optedOut: true }>('/api/members/opt-out', undefined, { query: input }),
  });
}
