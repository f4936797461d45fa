// Ideas boards (src/modules/ideas/routes): ranked ideas with votes and a vote budget, statuses
// with official responses, merges of duplicates, and ideas or votes staff capture for members.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import {
  ideaStatuses,
  statusLabels,
  type IdeaStatus,
  type SourceKind,
} from '../../../src/modules/ideas/statuses.ts';
import { api, seg } from './client.ts';
import type { IsoDateTime } from './types.ts';

export { ideaStatuses as IDEA_STATUSES, statusLabels as IDEA_STATUS_LABELS };
export type { IdeaStatus, SourceKind };

export const IDEAS_PAGE_SIZE = 30;

declare module './types.ts' {
  /** Live events of ideas (src/modules/ideas/events.ts). */
  interface LiveEventMap {
    'ideas.changed': { spaceId: string; ideaIds: string[] };
  }
}

export interface IdeaBoard {
  spaceId: string;
  slug: string;
  name: string;
  description: string;
  /** How many open ideas a member may vote for at a time; null: no limit. */
  voteBudget: number | null;
  votesUsed: number | null;
  votesLeft: number | null;
  can: {
    submit: boolean;
    vote: boolean;
    manage: boolean;
    configure: boolean;
    capture: boolean;
    inspect: boolean;
  };
}

export interface IdeaPerson {
  id: string;
  name: string;
}

export interface IdeaSummary {
  id: string;
  spaceId: string;
  title: string;
  excerpt: string;
  status: IdeaStatus;
  statusAt: IsoDateTime;
  voteCount: number;
  /** What the list is ranked by: votes (the segment's, when chosen), demand or recent votes. */
  score: number;
  demand: number;
  recentVotes: number;
  commentCount: number;
  author: IdeaPerson | null;
  captured: boolean;
  voted: boolean;
  createdAt: IsoDateTime;
}

export interface IdeaSource {
  kind: SourceKind;
  link: string | null;
  excerpt: string | null;
  capturedBy: IdeaPerson | null;
}

export interface Idea extends IdeaSummary {
  bodyHtml: string;
  bodyMarkdown: string;
  board: IdeaBoard;
  response: { status: IdeaStatus; html: string; by: IdeaPerson | null; at: IsoDateTime } | null;
  mergedFrom: { id: string; title: string } | null;
  following: boolean;
  source: IdeaSource | null;
  history: {
    id: string;
    kind: string;
    fromStatus: IdeaStatus | null;
    toStatus: IdeaStatus | null;
    otherIdea: { id: string; title: string } | null;
    note: string | null;
    by: IdeaPerson | null;
    at: IsoDateTime;
  }[];
  comments: { id: string; author: IdeaPerson; html: string; at: IsoDateTime }[];
  voters:
    | {
        member: IdeaPerson;
        at: IsoDateTime;
        source: IdeaSource | null;
        carriedFrom: { id: string; title: string } | null;
      }[]
    | null;
  can: { vote: boolean; follow: boolean; comment: boolean; manage: boolean; capture: boolean };
}

export type IdeaSort = 'votes' | 'demand' | 'trending' | 'new';
export type IdeaStatusFilter = 'open' | 'closed' | 'all' | IdeaStatus;

export interface BoardFilters {
  sort: IdeaSort;
  status: IdeaStatusFilter;
  q?: string;
  segment?: string;
}

interface BoardPage {
  board: IdeaBoard;
  items: IdeaSummary[];
  nextCursor: string | null;
}

export const ideaKeys = {
  all: ['ideas'] as const,
  boards: ['ideas', 'boards'] as const,
  board: (slug: string, filters: BoardFilters) => ['ideas', 'board', slug, filters] as const,
  one: (id: string) => ['ideas', 'one', id] as const,
  similar: (slug: string, title: string) => ['ideas', 'similar', slug, title] as const,
  source: (kind: SourceKind, id: string) => ['ideas', 'source', kind, id] as const,
};

export function useBoard(slug: string, filters: BoardFilters) {
  return useInfiniteQuery({
    queryKey: ideaKeys.board(slug, filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<BoardPage>(`/api/spaces/${seg(slug)}/ideas`, {
        query: { ...filters, cursor: pageParam, limit: IDEAS_PAGE_SIZE },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useBoards(enabled = true) {
  return useQuery({
    queryKey: ideaKeys.boards,
    enabled,
    queryFn: ({ signal }) => api.get<IdeaBoard[]>('/api/ideas/boards', { signal }),
  });
}

export function useIdea(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ideaKeys.one(id),
    queryFn: async ({ signal }) => {
      const idea = await api.get<Idea>(`/api/ideas/${seg(id)}`, { signal });
      // A merged id answers with the survivor: its own page will not have to ask again.
      if (idea.mergedFrom) client.setQueryData(ideaKeys.one(idea.id), { ...idea, mergedFrom: null });
      return idea;
    },
  });
}

export function useSimilarIdeas(slug: string, title: string) {
  return useQuery({
    queryKey: ideaKeys.similar(slug, title),
    enabled: title.length >= 3,
    queryFn: ({ signal }) =>
      api.get<{ id: string; title: string; status: IdeaStatus; voteCount: number }[]>(
        `/api/spaces/${seg(slug)}/ideas/similar`,
        { query: { title }, signal },
      ),
    staleTime: 30_000,
  });
}

/** An idea answered by a write goes into the cache; boards (counts, budgets) are asked again. */
function applyIdea(client: QueryClient, idea: Idea): Promise<void> {
  client.setQueryData(ideaKeys.one(idea.id), idea);
  return client.invalidateQueries({
    queryKey: ideaKeys.all,
    predicate: (query) => query.queryKey[1] !== 'one' || query.queryKey[2] !== idea.id,
  });
}

function useIdeaMutation<T>(run: (input: T) => Promise<Idea>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (idea) => applyIdea(client, idea) });
}

export function useVote() {
  return useIdeaMutation(({ id, voted }: { id: string; voted: boolean }) =>
    voted ? api.put<Idea>(`/api/ideas/${seg(id)}/vote`) : api.delete<Idea>(`/api/ideas/${seg(id)}/vote`),
  );
}

export function useFollow(id: string) {
  return useIdeaMutation((following: boolean) =>
    following
      ? api.put<Idea>(`/api/ideas/${seg(id)}/follow`)
      : api.delete<Idea>(`/api/ideas/${seg(id)}/follow`),
  );
}

export function useComment(id: string) {
  return useIdeaMutation((body: string) => api.post<Idea>(`/api/ideas/${seg(id)}/comments`, { body }));
}

export function useSetStatus(id: string) {
  return useIdeaMutation((input: { status: IdeaStatus; response?: string }) =>
    api.post<Idea>(`/api/ideas/${seg(id)}/status`, input),
  );
}

export function useMergeIdea(fromId: string) {
  return useIdeaMutation((into: Pick<IdeaSummary, 'id'>) =>
    api.post<Idea>(`/api/ideas/${seg(fromId)}/merge`, { intoId: into.id }),
  );
}

export function useSubmitIdea(slug: string) {
  return useIdeaMutation((input: { title: string; body: string }) =>
    api.post<Idea>(`/api/spaces/${seg(slug)}/ideas`, input),
  );
}

export function useBoardSettings(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (voteBudget: number | null) =>
      api.put<IdeaBoard>(`/api/spaces/${seg(slug)}/ideas/settings`, { voteBudget }),
    onSuccess: () => client.invalidateQueries({ queryKey: ideaKeys.all }),
  });
}

export interface CaptureSourcePreview {
  kind: SourceKind;
  name: string;
  link: string;
  excerpt: string;
}

export function useCaptureSource(kind: SourceKind, id: string) {
  return useQuery({
    queryKey: ideaKeys.source(kind, id),
    queryFn: ({ signal }) =>
      api.get<CaptureSourcePreview>('/api/ideas/capture/source', { query: { kind, id }, signal }),
    retry: false,
  });
}

export type CaptureInput = { source: { kind: SourceKind; id: string } } & (
  { ideaId: string } | { idea: { board: string; title: string; body: string } }
);

export function useCapture() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CaptureInput) =>
      api.post<{ idea: Idea; memberId: string; alreadyVoted: boolean }>('/api/ideas/capture', input),
    onSuccess: (result) => applyIdea(client, result.idea),
  });
}
