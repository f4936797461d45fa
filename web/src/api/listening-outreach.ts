// Outreach (src/modules/listening/routes/outreach.ts): people who mentioned a problem about what is
// watched, whose mention did not go to the inbox and whom nobody has contacted yet (the queue), and
// the contact made with them by email, direct message or on the platform, until they answer.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, seg } from './client.ts';
import { listeningKeys } from './listening.ts';
import type { ListeningItem, NamedRef } from './listening-types.ts';
import type { IsoDateTime } from './types.ts';

export const OUTREACH_STATUSES = ['waiting', 'contacted', 'answered'] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];

export const OUTREACH_VIAS = ['email', 'dm', 'platform'] as const;
export type OutreachVia = (typeof OUTREACH_VIAS)[number];

/** Someone in the queue: their newest problem mention and how Hearth can reach them. */
export interface WaitingPerson {
  /** `email:<address>`, `member:<id>` or `<platform>:<handle>`: one key per person. */
  authorKey: string;
  /** Their newest problem mention. */
  item: ListeningItem;
  /** How many problem mentions they made in the last 30 days. */
  mentions: number;
  /** email: Hearth knows their address; dm: they have an account; platform: always. */
  ways: OutreachVia[];
}

/** Contact made with someone, tracked until they answer. */
export interface Outreach {
  id: string;
  authorKey: string;
  /** The mention it answered (null when it is gone). */
  item: ListeningItem | null;
  via: OutreachVia;
  /** What was sent (email, dm), or a note of what was said on the platform. */
  message: string;
  status: 'contacted' | 'answered';
  /** Email: the inbox conversation (`/inbox/c/<id>`). */
  conversationId: string | null;
  /** Direct message: the thread (`/t/<id>`). */
  threadId: string | null;
  contactedBy: NamedRef;
  contactedAt: IsoDateTime;
  answeredAt: IsoDateTime | null;
}

/** GET /api/listening/outreach: only the list of the status asked for is filled. */
export interface OutreachPage {
  waiting: WaitingPerson[];
  outreach: Outreach[];
}

export interface ReachOutInput {
  itemId: string;
  via: OutreachVia;
  message: string;
}

/** What reaching out answered, with the outreach as it is listed (for its links) when it could be read. */
export interface ReachedOut {
  id: string;
  outreach: Outreach | null;
}

/** The server lists at most 100; a page shows this many. */
export const OUTREACH_LIMIT = 50;

const OUTREACH = '/api/listening/outreach';

/** Under 'listening' (one invalidation refreshes everything). */
export const outreachKeys = {
  all: ['listening', 'outreach'] as const,
  status: (status: OutreachStatus) => ['listening', 'outreach', status] as const,
  list: (status: OutreachStatus, limit: number) => ['listening', 'outreach', status, limit] as const,
};

function readOutreach(status: OutreachStatus, limit: number, signal?: AbortSignal) {
  return api.get<OutreachPage>(OUTREACH, { query: { status, limit }, signal });
}

/** The queue (`waiting`), the outreach waiting for an answer (`contacted`), or the answered one. */
export function useOutreach(status: OutreachStatus, limit = OUTREACH_LIMIT) {
  return useQuery({
    queryKey: outreachKeys.list(status, limit),
    queryFn: ({ signal }) => readOutreach(status, limit, signal),
    // Coming back to the tab must not reorder a queue someone is writing in; live events refresh it.
    refetchOnWindowFocus: status !== 'waiting',
  });
}

/** Errors after which the queue on screen is out of date: it is loaded again. */
const STALE_QUEUE_CODES = ['OUTREACH_ALREADY', 'MENTION_NOT_FOUND', 'OUTREACH_NO_ROUTE'];

export interface OutreachHandlers<R, I> {
  /** Called even when the component that asked is gone (the person left the queue meanwhile). */
  onSuccess?: (result: R, input: I) => void;
  onError?: (error: unknown, input: I) => void;
}

/**
 * Reaches out to the author of a mention. Email: the mention becomes an inbox conversation and the
 * message its reply; dm: a direct message to their account; platform: records what the agent said
 * there. The person leaves the queue at once.
 */
export function useReachOut(handlers: OutreachHandlers<ReachedOut, ReachOutInput> = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReachOutInput): Promise<ReachedOut> => {
      const { id } = await api.post<{ id: string }>(OUTREACH, input);
      // The answer carries no links: the outreach just made is the newest one contacted.
      const outreach =
        input.via === 'platform'
          ? null
          : await readOutreach('contacted', 100)
              .then((page) => page.outreach.find((row) => row.id === id) ?? null)
              .catch(() => null);
      return { id, outreach };
    },
    onSuccess: (result, input) => {
      client.setQueriesData<OutreachPage>({ queryKey: outreachKeys.status('waiting') }, (page) =>
        page ? { ...page, waiting: page.waiting.filter((person) => person.item.id !== input.itemId) } : page,
      );
      void client.invalidateQueries({ queryKey: outreachKeys.all });
      // By email, the mention now has its inbox conversation.
      if (input.via === 'email') void client.invalidateQueries({ queryKey: listeningKeys.items });
      handlers.onSuccess?.(result, input);
    },
    onError: (error, input) => {
      if (STALE_QUEUE_CODES.some((code) => isApiError(error, code)))
        void client.invalidateQueries({ queryKey: outreachKeys.status('waiting') });
      handlers.onError?.(error, input);
    },
  });
}

/** Outreach on another platform: the agent saw the answer there. */
export function useMarkAnswered(handlers: OutreachHandlers<void, Pick<Outreach, 'id'>> = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (outreach: Pick<Outreach, 'id'>) => {
      await api.post<{ ok: true }>(`${OUTREACH}/${seg(outreach.id)}/answered`);
    },
    onSuccess: (result, outreach) => {
      client.setQueriesData<OutreachPage>({ queryKey: outreachKeys.status('contacted') }, (page) =>
        page ? { ...page, outreach: page.outreach.filter((row) => row.id !== outreach.id) } : page,
      );
      void client.invalidateQueries({ queryKey: outreachKeys.all });
      handlers.onSuccess?.(result, outreach);
    },
    onError: (error, outreach) => {
      if (isApiError(error, 'OUTREACH_NOT_FOUND'))
        void client.invalidateQueries({ queryKey: outreachKeys.status('contacted') });
      handlers.onError?.(error, outreach);
    },
  });
}
