// Crisis rooms (src/modules/listening/routes/crises.ts): opened from a spike alert or by hand, with
// people on deck, a timeline of notes, holding statements (drafted → approved → published) and a
// written outcome. Every change answers the whole room; the ones that need it carry the room's
// `version`, and a stale one is refused with CRISIS_CHANGED.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, isApiError, seg } from './client.ts';
import { listeningKeys } from './listening.ts';
import type { ListeningItemPage } from './listening-types.ts';
import type { IsoDateTime } from './types.ts';

export const CRISIS_SEVERITIES = ['low', 'medium', 'high'] as const;
export type CrisisSeverity = (typeof CRISIS_SEVERITIES)[number];
export type CrisisStatus = 'open' | 'closed';
export type StatementStatus = 'draft' | 'approved' | 'published';

export interface PersonRef {
  id: string;
  name: string;
}

/** A room in the list: GET /api/listening/crises (open ones first). */
export interface CrisisSummary {
  id: string;
  title: string;
  status: CrisisStatus;
  severity: CrisisSeverity;
  /** The watch rule whose mentions it follows; null: everything watched. */
  rule: PersonRef | null;
  /** The alert it was opened from. */
  alertId: string | null;
  /** Its mentions are those published since then. */
  since: IsoDateTime;
  openedBy: PersonRef | null;
  openedAt: IsoDateTime;
  /** Who closed it (null while open). */
  closedBy: PersonRef | null;
  closedAt: IsoDateTime | null;
  /** How it ended, written when it was closed. */
  outcome: string | null;
  /** Goes up with every change; sent back with changes to the room itself (deck, notes, close). */
  version: number;
}

/** A holding statement: what the organisation says while it works on the problem. */
export interface CrisisStatement {
  id: string;
  body: string;
  status: StatementStatus;
  draftedBy: PersonRef | null;
  approvedBy: PersonRef | null;
  approvedAt: IsoDateTime | null;
  publishedAt: IsoDateTime | null;
  /** The announcement thread it was published as (`/t/<threadId>`). */
  threadId: string | null;
  /** The inbox saved reply made from it. */
  savedReplyId: string | null;
  updatedAt: IsoDateTime;
}

/** What the timeline knows how to tell; the server may add others. */
export type CrisisEventKind =
  | 'opened'
  | 'joined'
  | 'note'
  | 'statement_drafted'
  | 'statement_edited'
  | 'statement_approved'
  | 'statement_published'
  | 'closed';

export interface CrisisEvent {
  kind: CrisisEventKind | (string & {});
  actor: PersonRef | null;
  /**
   * joined: `userId`; note: `text`; statement_*: `statementId` (published also `threadId` and
   * `savedReplyId`); closed: `outcome`; opened: `alertId`.
   */
  data: Record<string, unknown>;
  at: IsoDateTime;
}

export interface CrisisMember {
  userId: string;
  name: string;
  addedAt: IsoDateTime;
}

/** A whole room: GET /api/listening/crises/:id, and the answer to every change. */
export interface Crisis extends CrisisSummary {
  onDeck: CrisisMember[];
  statements: CrisisStatement[];
  /** Oldest first. */
  timeline: CrisisEvent[];
  /** The stream query listing its mentions (GET /api/listening/items). */
  items: { ruleId: string | null; from: IsoDateTime };
}

export interface OpenCrisisInput {
  title: string;
  severity?: CrisisSeverity;
  /** From an alert: its rule, and the mentions since its spike began (ruleId and since are ignored). */
  alertId?: string;
  ruleId?: string;
  since?: IsoDateTime;
}

/** Which mentions belong to a room: its rule since it began (until it closed, for a closed room). */
export interface CrisisMentionScope {
  ruleId: string | null;
  from: IsoDateTime;
  to: IsoDateTime | null;
}

export const CRISIS_MENTIONS_PAGE_SIZE = 20;

/** Under 'listening' (one invalidation refreshes everything); mentions under listening's items. */
export const crisisKeys = {
  all: ['listening', 'crises'] as const,
  lists: ['listening', 'crises', 'list'] as const,
  list: (limit: number) => ['listening', 'crises', 'list', limit] as const,
  room: (id: string) => ['listening', 'crises', 'one', id] as const,
  /** Every room's mentions and counts: refreshed when mentions are stored. */
  mentions: ['listening', 'items', 'crisis'] as const,
  mentionPages: (scope: CrisisMentionScope) => ['listening', 'items', 'crisis', 'pages', scope] as const,
  mentionCount: (scope: CrisisMentionScope) => ['listening', 'items', 'crisis', 'count', scope] as const,
};

const CRISES = '/api/listening/crises';
const roomPath = (id: string) => `${CRISES}/${seg(id)}`;

export function crisisMentionScope(
  crisis: Pick<Crisis, 'items' | 'status' | 'closedAt'>,
): CrisisMentionScope {
  return {
    ruleId: crisis.items.ruleId,
    from: crisis.items.from,
    to: crisis.status === 'closed' ? crisis.closedAt : null,
  };
}

function mentionQuery(scope: CrisisMentionScope, cursor: string, limit: number) {
  return { ruleId: scope.ruleId, from: scope.from, to: scope.to, cursor, limit };
}

export function useCrises(limit = 50) {
  return useQuery({
    queryKey: crisisKeys.list(limit),
    queryFn: ({ signal }) => api.get<CrisisSummary[]>(CRISES, { query: { limit }, signal }),
  });
}

export function useCrisis(id: string) {
  return useQuery({
    queryKey: crisisKeys.room(id),
    queryFn: ({ signal }) => api.get<Crisis>(roomPath(id), { signal }),
  });
}

/** The room's mentions, newest first, a page at a time. */
export function useCrisisMentions(scope: CrisisMentionScope) {
  return useInfiniteQuery({
    queryKey: crisisKeys.mentionPages(scope),
    queryFn: ({ pageParam, signal }) =>
      api.get<ListeningItemPage>('/api/listening/items', {
        query: mentionQuery(scope, pageParam, CRISIS_MENTIONS_PAGE_SIZE),
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // New mentions arrive by live events; coming back to the tab must not reshuffle the list.
    refetchOnWindowFocus: false,
  });
}

/** How many mentions the room has, counted by the server up to a cap (`more`: beyond it). */
export function useCrisisMentionCount(scope: CrisisMentionScope) {
  return useQuery({
    queryKey: crisisKeys.mentionCount(scope),
    queryFn: ({ signal }) =>
      api.get<{ count: number; more: boolean }>('/api/listening/items/count', {
        query: { ruleId: scope.ruleId, from: scope.from, to: scope.to },
        signal,
      }),
    refetchOnWindowFocus: false,
  });
}

/** Puts a room the server answered in the cache, unless a newer one is already there. */
async function storeRoom(client: QueryClient, crisis: Crisis): Promise<void> {
  // A refetch under way (a live event) could land after this with the room as it was before.
  await client.cancelQueries({ queryKey: crisisKeys.room(crisis.id) });
  client.setQueryData<Crisis>(crisisKeys.room(crisis.id), (cached) =>
    cached && cached.version > crisis.version ? cached : crisis,
  );
  void client.invalidateQueries({ queryKey: crisisKeys.lists });
}

/** Errors after which the room on screen is out of date: it is loaded again. */
const STALE_ROOM_CODES = ['CRISIS_CHANGED', 'CRISIS_CLOSED', 'STATEMENT_WRONG_STAGE', 'STATEMENT_NOT_FOUND'];

export function isStaleRoomError(error: unknown): boolean {
  return STALE_ROOM_CODES.some((code) => isApiError(error, code));
}

export function useOpenCrisis() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OpenCrisisInput) => api.post<Crisis>(CRISES, input),
    onSuccess: async (crisis) => {
      await storeRoom(client, crisis);
      // The alert it came from is acknowledged now, and points to the room.
      if (crisis.alertId) void client.invalidateQueries({ queryKey: listeningKeys.alerts });
    },
  });
}

/** A change to one room: the answer replaces the room; a stale room is loaded again. */
function useRoomChange<I>(crisisId: string, run: (input: I) => Promise<Crisis>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (crisis) => storeRoom(client, crisis),
    onError: (error) => {
      if (isStaleRoomError(error)) void client.invalidateQueries({ queryKey: crisisKeys.room(crisisId) });
    },
  });
}

type Versioned = { version: number };

export const useAddToDeck = (crisisId: string) =>
  useRoomChange(crisisId, (input: Versioned & { userId: string }) =>
    api.post<Crisis>(`${roomPath(crisisId)}/deck`, input),
  );

export const useAddCrisisNote = (crisisId: string) =>
  useRoomChange(crisisId, (input: Versioned & { text: string }) =>
    api.post<Crisis>(`${roomPath(crisisId)}/notes`, input),
  );

/** Admins and managers. */
export const useCloseCrisis = (crisisId: string) =>
  useRoomChange(crisisId, (input: Versioned & { outcome: string }) =>
    api.post<Crisis>(`${roomPath(crisisId)}/close`, input),
  );

export const useDraftStatement = (crisisId: string) =>
  useRoomChange(crisisId, (input: { body: string }) =>
    api.post<Crisis>(`${roomPath(crisisId)}/statements`, input),
  );

/** An approved statement goes back to draft. */
export const useEditStatement = (crisisId: string) =>
  useRoomChange(crisisId, ({ statementId, body }: { statementId: string; body: string }) =>
    api.patch<Crisis>(`${roomPath(crisisId)}/statements/${seg(statementId)}`, { body }),
  );

/** Admins and managers, on a draft. */
export const useApproveStatement = (crisisId: string) =>
  useRoomChange(crisisId, (statement: Pick<CrisisStatement, 'id'>) =>
    api.post<Crisis>(`${roomPath(crisisId)}/statements/${seg(statement.id)}/approve`),
  );

/** Admins and managers, on an approved one: an announcement thread and an inbox saved reply. */
export const usePublishStatement = (crisisId: string) =>
  useRoomChange(crisisId, (statement: Pick<CrisisStatement, 'id'>) =>
    api.post<Crisis>(`${roomPath(crisisId)}/statements/${seg(statement.id)}/publish`),
  );
