// Listening: the stream of mentions, spike alerts, and (admins and managers) sources, watch rules
// and settings. The shapes are in listening-types.ts.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, ApiError, seg } from './client.ts';
import type {
  AlertStatus,
  ImportReport,
  ListeningAlert,
  ListeningAlertDetail,
  ListeningItem,
  ListeningItemPage,
  ListeningSettings,
  ListeningSettingsPatch,
  ListeningSource,
  QueryCheck,
  SourceInput,
  SourcePatch,
  StreamFilters,
  WatchRule,
  WatchRuleInput,
  WatchRulePatch,
} from './listening-types.ts';

export type * from './listening-types.ts';
export {
  INBOX_MODES,
  INTENTS,
  RULE_CATEGORIES,
  SENSITIVITIES,
  SENTIMENT_LABELS,
  SOURCE_HEALTHS,
  SOURCE_KINDS,
} from './listening-types.ts';

export const STREAM_PAGE_SIZE = 30;

/** Query keys of listening, all under 'listening' so one invalidation can refresh everything. */
export const listeningKeys = {
  all: ['listening'] as const,
  items: ['listening', 'items'] as const,
  streams: ['listening', 'items', 'stream'] as const,
  stream: (filters: StreamFilters) => ['listening', 'items', 'stream', filters] as const,
  item: (id: string) => ['listening', 'items', 'one', id] as const,
  alerts: ['listening', 'alerts'] as const,
  alertList: (status: AlertStatus) => ['listening', 'alerts', 'list', status] as const,
  alert: (id: string) => ['listening', 'alerts', 'one', id] as const,
  sources: ['listening', 'sources'] as const,
  rules: ['listening', 'rules'] as const,
  queryCheck: (query: string) => ['listening', 'query-check', query] as const,
  settings: ['listening', 'settings'] as const,
};

function streamQuery(filters: StreamFilters, cursor: string, limit: number) {
  return { ...filters, cursor, limit };
}

/** The stream, newest first, a page at a time ("Load more"). */
export function useStream(filters: StreamFilters) {
  return useInfiniteQuery({
    queryKey: listeningKeys.stream(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<ListeningItemPage>('/api/listening/items', {
        query: streamQuery(filters, pageParam, STREAM_PAGE_SIZE),
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Coming back to the tab must not shuffle a list someone is reading: new mentions are announced
    // by live events (StreamPage), and a reconnection refetches everything anyway.
    refetchOnWindowFocus: false,
  });
}

/** The newest page with these filters, outside the cache: to count what arrived above the list. */
export function peekStream(filters: StreamFilters): Promise<ListeningItemPage> {
  return api.get<ListeningItemPage>('/api/listening/items', {
    query: streamQuery(filters, '', STREAM_PAGE_SIZE),
  });
}

export function useListeningItem(id: string) {
  return useQuery({
    queryKey: listeningKeys.item(id),
    queryFn: ({ signal }) => api.get<ListeningItem>(`/api/listening/items/${seg(id)}`, { signal }),
  });
}

export function useAlerts(status: AlertStatus, limit = 50) {
  return useQuery({
    queryKey: listeningKeys.alertList(status),
    queryFn: ({ signal }) =>
      api.get<ListeningAlert[]>('/api/listening/alerts', { query: { status, limit }, signal }),
  });
}

export function useAlert(id: string) {
  return useQuery({
    queryKey: listeningKeys.alert(id),
    queryFn: ({ signal }) => api.get<ListeningAlertDetail>(`/api/listening/alerts/${seg(id)}`, { signal }),
    // The volume goes on growing while it is open: live events only say that an alert changed.
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 60_000 : false),
  });
}

export function useAcknowledgeAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (alert: Pick<ListeningAlert, 'id'>) =>
      api.post<ListeningAlert>(`/api/listening/alerts/${seg(alert.id)}/acknowledge`),
    onSuccess: (alert) => {
      client.setQueryData<ListeningAlertDetail>(listeningKeys.alert(alert.id), (detail) =>
        detail ? { ...detail, ...alert } : detail,
      );
      void client.invalidateQueries({ queryKey: listeningKeys.alerts });
    },
  });
}

// Sources ---------------------------------------------------------------------------------------

export function useSources(enabled = true) {
  return useQuery({
    queryKey: listeningKeys.sources,
    queryFn: ({ signal }) => api.get<ListeningSource[]>('/api/listening/sources', { signal }),
    enabled,
  });
}

/** A mutation answering a source: the list is refetched (the answer may carry a one-time secret). */
function useSourceChange<I>(run: (input: I) => Promise<ListeningSource>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: listeningKeys.sources }),
  });
}

export const useCreateSource = () =>
  useSourceChange((input: SourceInput) => api.post<ListeningSource>('/api/listening/sources', input));

export const useUpdateSource = () =>
  useSourceChange(({ id, ...patch }: SourcePatch & { id: string }) =>
    api.patch<ListeningSource>(`/api/listening/sources/${seg(id)}`, patch),
  );

export const useRotateSourceSecret = () =>
  useSourceChange((source: Pick<ListeningSource, 'id'>) =>
    api.post<ListeningSource>(`/api/listening/sources/${seg(source.id)}/rotate-secret`),
  );

/** The type to send a file as, from its name (browsers often give .jsonl files no type). */
export function importContentType(file: Pick<File, 'name' | 'type'>): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'text/csv';
  if (/\.(jsonl|ndjson)$/.test(name) || /^application\/(x-)?(ndjson|jsonl)$/.test(file.type))
    return 'application/x-ndjson';
  return null;
}

async function csrfToken(): Promise<string> {
  return (await api.get<{ token: string }>('/api/auth/csrf')).token;
}

/**
 * Uploads a CSV or JSON-lines file of mentions into an import source (by id, or by name: made on
 * first use). The body is the file itself, so this goes around the JSON client, with its CSRF proof.
 */
export async function uploadMentions(input: {
  file: File;
  sourceId?: string;
  source?: string;
}): Promise<ImportReport> {
  const type = importContentType(input.file);
  if (!type)
    throw new ApiError({
      status: 0,
      code: 'IMPORT_FORMAT_UNKNOWN',
      message: 'Choose a .csv, .jsonl or .ndjson file.',
    });
  const params = new URLSearchParams();
  if (input.sourceId) params.set('sourceId', input.sourceId);
  else if (input.source) params.set('source', input.source);
  let response: Response;
  try {
    response = await fetch(`/api/listening/imports?${params.toString()}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': type, 'x-csrf-token': await csrfToken() },
      body: input.file,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Could not reach the server. Check your connection and try again.',
    });
  }
  const body = (await response.json().catch(() => null)) as
    (ImportReport & { error?: { code?: string; message?: string } }) | null;
  if (response.ok && body) return body;
  throw new ApiError({
    status: response.status,
    code: body?.error?.code ?? `HTTP_${response.status}`,
    message:
      body?.error?.message ??
      (response.status === 413
        ? 'The file is too large: split it into smaller files.'
        : `The import failed (HTTP ${response.status}).`),
  });
}

export function useImportMentions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadMentions,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: listeningKeys.sources });
      void client.invalidateQueries({ queryKey: listeningKeys.items });
    },
  });
}

// Watch rules -----------------------------------------------------------------------------------

/** Whether a rule's matches are still being worked out over the stored mentions. */
export function isRerunning(rule: Pick<WatchRule, 'rerunning' | 'archived'>): boolean {
  return !rule.archived && rule.rerunning;
}

export function useRules(enabled = true) {
  return useQuery({
    queryKey: listeningKeys.rules,
    queryFn: ({ signal }) => api.get<WatchRule[]>('/api/listening/rules', { signal }),
    enabled,
    // A re-run over history ends without a live event: look again while one is under way.
    refetchInterval: (query) => (query.state.data?.some(isRerunning) ? 5_000 : false),
  });
}

function useRuleChange<I>(run: (input: I) => Promise<WatchRule>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: listeningKeys.rules });
      // Rule names show on mentions, and a changed query changes which mentions carry it.
      void client.invalidateQueries({ queryKey: listeningKeys.items });
    },
  });
}

export const useCreateRule = () =>
  useRuleChange((input: WatchRuleInput) => api.post<WatchRule>('/api/listening/rules', input));

export const useUpdateRule = () =>
  useRuleChange(({ id, ...patch }: WatchRulePatch & { id: string }) =>
    api.patch<WatchRule>(`/api/listening/rules/${seg(id)}`, patch),
  );

export const useRerunRule = () =>
  useRuleChange((rule: Pick<WatchRule, 'id'>) =>
    api.post<WatchRule>(`/api/listening/rules/${seg(rule.id)}/rerun`),
  );

/** How Hearth reads a watch query, or where it goes wrong; `query` should already be debounced. */
export function useQueryCheck(query: string) {
  return useQuery({
    queryKey: listeningKeys.queryCheck(query),
    // The answer names the query it is about: with the previous answer kept while the next one
    // loads, the caret must point into the text it was made for.
    queryFn: async ({ signal }) => ({
      ...(await api.post<QueryCheck>('/api/listening/rules/check', { query }, { signal })),
      query,
    }),
    enabled: query.trim() !== '',
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

// Settings --------------------------------------------------------------------------------------

export function useListeningSettings() {
  return useQuery({
    queryKey: listeningKeys.settings,
    queryFn: ({ signal }) => api.get<ListeningSettings>('/api/listening/settings', { signal }),
  });
}

export function useSaveListeningSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ListeningSettingsPatch) =>
      api.patch<ListeningSettings>('/api/listening/settings', patch),
    // The answer may carry a one-time secret: the cache keeps it only without it.
    onSuccess: ({ webhookSecret: _secret, ...saved }) => client.setQueryData(listeningKeys.settings, saved),
  });
}
