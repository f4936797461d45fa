// Members (src/modules/members/routes/members.ts): one profile per person across every channel,
// with the identities Hearth knows them by, a timeline of what they did, and undoable merges.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { IdentityKind } from '../../../src/modules/members/identities.ts';
import { stages } from '../../../src/modules/members/lifecycle.ts';
import { api, seg } from './client.ts';
import type { CursorPage, IsoDateTime } from './types.ts';

export type { IdentityKind };
export { stages as MEMBER_STAGES };

export const MEMBERS_PAGE_SIZE = 50;
export const TIMELINE_PAGE_SIZE = 30;
/** A member's page shows this many notes, the newest. */
export const MEMBER_NOTES_SHOWN = 20;

/** Where a member stands: src/modules/members/lifecycle.ts. */
export type MemberStage = (typeof stages)[number];

/** A member in a list: GET /api/members. */
export interface MemberSummary {
  id: string;
  name: string;
  stage: MemberStage;
  /** Why, in words: "at risk: activity down 70% over 30 days (3 against 10)". */
  stageReason: string;
  lastActiveAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  /** ISO 3166-1 alpha-2 (PL), as a store order or staff gave it; null when unknown. */
  country: string | null;
  /** When a store first reported a purchase by them. */
  purchaseVerifiedAt: IsoDateTime | null;
  /** What they bought in total, in minor units of the store's currency. */
  valueCents: number;
  /** When staff greeted them (newcomers not greeted yet wait in the welcome queue). */
  greetedAt: IsoDateTime | null;
  /** They asked not to get campaign or review messages. */
  optedOut: boolean;
}

/** A way Hearth recognises the person: an account (its user id), an email, a handle, a phone. */
export interface MemberIdentity {
  kind: IdentityKind;
  /** A handle's platform (twitter, reddit…); '' for the other kinds. */
  platform: string;
  value: string;
  verified: boolean;
}

/** A member merged into this one, and still merged (an undone merge is gone from the list). */
export interface MemberMerge {
  id: string;
  from: MemberSummary;
  /** Who merged them; null when Hearth did (e.g. on a confirmed email). */
  by: { id: string; name: string } | null;
  reason: string;
  at: IsoDateTime;
}

/** A note staff wrote on a member (only staff see notes). */
export interface MemberNote {
  id: string;
  body: string;
  author: { id: string; name: string };
  at: IsoDateTime;
}

/** A whole member: GET /api/members/:id, and the answer to a merge, an undo, a note or new tags. */
export interface Member extends MemberSummary {
  identities: MemberIdentity[];
  /** Lower-case, each once, in the order they were given. */
  tags: string[];
  /** Set when the id asked for was merged into this member (the answer is the survivor). */
  mergedFrom: { id: string; name: string } | null;
  merges: MemberMerge[];
  /** How many activities of each kind (thread, reply, mention…), merged members included. */
  activityCounts: Record<string, number>;
  /** The newest notes (MEMBER_NOTES_SHOWN of them; merged members' included), newest first. */
  notes: MemberNote[];
}

/** What a list of members is narrowed to; a saved segment's own filter is `MemberFilter`. */
export interface MemberFilter {
  /** A name, an email, a handle or a phone number. */
  q?: string;
  stage?: MemberStage;
  tag?: string;
  /** Two-letter ISO code (PL). */
  country?: string;
  /** Words in their timeline ("billing"). */
  said?: string;
}

/** The list's filters: a saved segment's, or a search, a stage and a tag of one's own. */
export interface MemberListFilters extends MemberFilter {
  /** A saved segment's id: its filter applies, and the other filters narrow it further. */
  segment?: string;
}

/** A saved filter of the members list: GET /api/members/segments. */
export interface MemberSegment {
  id: string;
  name: string;
  filter: MemberFilter;
  createdAt: IsoDateTime;
}

/** One thing the member did, anywhere: GET /api/members/:id/timeline. */
export interface MemberActivity {
  id: string;
  kind: string;
  title: string;
  excerpt: string;
  /** A path in this app (`/t/…`, `/listening/items/…`), when the thing has a page. */
  link: string | null;
  /** −1…1, for mentions. */
  sentiment: number | null;
  sentimentLabel: 'positive' | 'neutral' | 'negative' | null;
  /** What the module that saw it said besides, e.g. a mention's `url` and `platform`. */
  facts: Record<string, string | number | boolean | null>;
  at: IsoDateTime;
}

/** Query keys of members, all under 'members' so a merge can refresh everything at once. */
export const memberKeys = {
  all: ['members'] as const,
  lists: ['members', 'list'] as const,
  list: (filters: MemberListFilters) => ['members', 'list', filters] as const,
  segments: ['members', 'segments'] as const,
  one: (id: string) => ['members', 'one', id] as const,
  suggestions: (id: string) => ['members', 'suggestions', id] as const,
  timeline: (id: string, kinds: readonly string[]) => ['members', 'timeline', id, ...kinds] as const,
};

/**
 * Members, most recently active first; `q` matches a name, email, handle or phone (merged ones too).
 * Pass the filters compact (no empty keys), so that equal filters share one cache entry.
 */
export function useMembers(filters: MemberListFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: memberKeys.list(filters),
    enabled,
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<MemberSummary>>('/api/members', {
        query: { ...filters, cursor: pageParam, limit: MEMBERS_PAGE_SIZE },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The stage of each of these members (e.g. a page's authors), for staff who read members. */
export function useMemberStages(ids: readonly string[], enabled: boolean) {
  const wanted = [...new Set(ids)].sort().slice(0, 100);
  return useQuery({
    queryKey: ['members', 'stages', ...wanted] as const,
    enabled: enabled && wanted.length > 0,
    queryFn: async ({ signal }) => {
      const page = await api.get<CursorPage<MemberSummary>>('/api/members', {
        query: { ids: wanted.join(','), limit: 100 },
        signal,
      });
      return new Map(page.items.map((member) => [member.id, member]));
    },
    staleTime: 60_000,
  });
}

export function useMember(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: memberKeys.one(id),
    queryFn: async ({ signal }) => {
      const member = await api.get<Member>(`/api/members/${seg(id)}`, { signal });
      // A merged id answers with the survivor: its page will not have to ask again.
      if (member.mergedFrom) client.setQueryData(memberKeys.one(member.id), { ...member, mergedFrom: null });
      return member;
    },
  });
}

/** What the member did, newest first; only these kinds when some are given. */
export function useTimeline(id: string, kinds: readonly string[]) {
  return useInfiniteQuery({
    queryKey: memberKeys.timeline(id, kinds),
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<MemberActivity>>(`/api/members/${seg(id)}/timeline`, {
        query: { kinds: kinds.join(','), cursor: pageParam, limit: TIMELINE_PAGE_SIZE },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The member a merge or an undo answers goes into the cache; lists and timelines are asked again. */
function applyMember(client: QueryClient, member: Member): Promise<void> {
  client.setQueryData(memberKeys.one(member.id), member);
  return client.invalidateQueries({
    queryKey: memberKeys.all,
    predicate: (query) => query.queryKey[1] !== 'one' || query.queryKey[2] !== member.id,
  });
}

/** A member who looks like the same person: GET /api/members/:id/merge-suggestions. */
export interface MergeSuggestion {
  member: MemberSummary;
  /** Why, in words ("the same name (Dana Reyes)", "both write from an address at acme.com"). */
  reasons: string[];
}

/** Members likely to be the same person as this one, strongest first (for those who may merge). */
export function useMergeSuggestions(id: string) {
  return useQuery({
    queryKey: memberKeys.suggestions(id),
    queryFn: async ({ signal }) =>
      (await api.get<{ items: MergeSuggestion[] }>(`/api/members/${seg(id)}/merge-suggestions`, { signal }))
        .items,
  });
}

/** Merges another member into `intoId`: their identities and timeline join its profile. */
export function useMergeMember(intoId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (from: Pick<MemberSummary, 'id'> & { reason?: string }) =>
      api.post<Member>(`/api/members/${seg(intoId)}/merge`, { fromId: from.id, reason: from.reason }),
    onSuccess: (member) => applyMember(client, member),
  });
}

/** Undoes a merge: the member merged in stands alone again; the answer is the one it was merged into. */
export function useUndoMerge() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (merge: Pick<MemberMerge, 'id'>) =>
      api.post<Member>(`/api/members/merges/${seg(merge.id)}/undo`),
    onSuccess: (member) => applyMember(client, member),
  });
}

/** Writes a note on the member; the answer (the member, the note first among its notes) goes into the cache. */
export function useAddMemberNote(memberId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<Member>(`/api/members/${seg(memberId)}/notes`, { body }),
    onSuccess: (member) => client.setQueryData(memberKeys.one(member.id), member),
  });
}

/** Replaces the member's tags; lists are asked again, as a tag filter may now match them or not. */
export function useSetMemberTags(memberId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tags: readonly string[]) => api.put<Member>(`/api/members/${seg(memberId)}/tags`, { tags }),
    onSuccess: (member) => {
      client.setQueryData(memberKeys.one(member.id), member);
      return client.invalidateQueries({ queryKey: memberKeys.lists });
    },
  });
}

/** The saved segments, by name. */
export function useMemberSegments() {
  return useQuery({
    queryKey: memberKeys.segments,
    queryFn: ({ signal }) => api.get<MemberSegment[]>('/api/members/segments', { signal }),
  });
}

/** Saves a filter under a name (the name must be free: MEMBER_SEGMENT_NAME_TAKEN otherwise). */
export function useCreateSegment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; filter: MemberFilter }) =>
      api.post<MemberSegment>('/api/members/segments', input),
    onSuccess: () => client.invalidateQueries({ queryKey: memberKeys.segments }),
  });
}

/** Deletes a saved segment (its members stay as they are). */
export function useDeleteSegment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (segment: Pick<MemberSegment, 'id'>) =>
      api.delete<undefined>(`/api/members/segments/${seg(segment.id)}`),
    onSuccess: (_, segment) => {
      client.removeQueries({ queryKey: memberKeys.list({ segment: segment.id }) });
      return client.invalidateQueries({ queryKey: memberKeys.segments });
    },
  });
}
