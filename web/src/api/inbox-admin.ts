// Inbox settings (teams, routing rules, SLA policies, settings, the learned router, API channels,
// saved replies, the rota, raw mail): queries and mutations. The DTOs are in inbox-admin-types.ts; the
// people and channel kinds to choose from are in inbox-people.ts, shared with the agents' inbox.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import type {
  ApiChannel,
  CoverageGap,
  InboxSettings,
  InboxTeam,
  RawMail,
  RouterStatus,
  RoutingRule,
  RuleInput,
  SavedReply,
  Shift,
  SlaPolicy,
  SlaPolicyInput,
  TeamInput,
  TrainResult,
} from './inbox-admin-types.ts';
import type { Items } from './types.ts';

export type * from './inbox-admin-types.ts';

export const inboxAdminKeys = {
  all: ['inbox-admin'] as const,
  teams: ['inbox-admin', 'teams'] as const,
  rules: ['inbox-admin', 'rules'] as const,
  policies: ['inbox-admin', 'sla-policies'] as const,
  settings: ['inbox-admin', 'settings'] as const,
  router: ['inbox-admin', 'router'] as const,
  channels: ['inbox-admin', 'api-channels'] as const,
  replies: ['inbox-admin', 'saved-replies'] as const,
  shifts: ['inbox-admin', 'shifts'] as const,
  shiftWeek: (teamId: string, from: string, to: string) =>
    ['inbox-admin', 'shifts', teamId, from, to] as const,
  coverage: (teamId: string, from: string, to: string) =>
    ['inbox-admin', 'shifts', 'coverage', teamId, from, to] as const,
  rawMail: ['inbox-admin', 'raw-mail'] as const,
};

/** A list endpoint answering `{ items }`. */
function useItems<T>(key: readonly unknown[], path: string) {
  return useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => (await api.get<Items<T>>(path, { signal })).items,
  });
}

/** A mutation that refetches `key` (the list it changed) once it succeeds. */
function useChange<I, O>(key: readonly unknown[], run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const useTeams = () => useItems<InboxTeam>(inboxAdminKeys.teams, '/api/inbox/teams');
export const useCreateTeam = () =>
  useChange(inboxAdminKeys.teams, (input: TeamInput) => api.post<InboxTeam>('/api/inbox/teams', input));
export const useUpdateTeam = () =>
  useChange(
    inboxAdminKeys.teams,
    ({ id, ...patch }: Partial<TeamInput> & { id: string; archived?: boolean }) =>
      api.patch<InboxTeam>(`/api/inbox/teams/${seg(id)}`, patch),
  );

export const useRules = () => useItems<RoutingRule>(inboxAdminKeys.rules, '/api/inbox/rules');
export const useSaveRule = () =>
  useChange(inboxAdminKeys.rules, ({ id, input }: { id: string | null; input: RuleInput }) =>
    id
      ? api.put<RoutingRule>(`/api/inbox/rules/${seg(id)}`, input)
      : api.post<RoutingRule>('/api/inbox/rules', input),
  );
export const useDeleteRule = () =>
  useChange(inboxAdminKeys.rules, (rule: RoutingRule) => api.delete(`/api/inbox/rules/${seg(rule.id)}`));
export const useReorderRules = () =>
  useChange(inboxAdminKeys.rules, (ids: string[]) => api.put('/api/inbox/rules-order', { ids }));

export const usePolicies = () => useItems<SlaPolicy>(inboxAdminKeys.policies, '/api/inbox/sla-policies');
export const useSavePolicy = () =>
  useChange(inboxAdminKeys.policies, ({ id, input }: { id: string | null; input: SlaPolicyInput }) =>
    id
      ? api.put<SlaPolicy>(`/api/inbox/sla-policies/${seg(id)}`, input)
      : api.post<SlaPolicy>('/api/inbox/sla-policies', input),
  );
/** `ids`: every policy, in the new order (the first whose conditions hold applies). */
export const useReorderPolicies = () =>
  useChange(inboxAdminKeys.policies, (ids: string[]) => api.put('/api/inbox/sla-policies-order', { ids }));
export const useDeletePolicy = () =>
  useChange(inboxAdminKeys.policies, (policy: SlaPolicy) =>
    api.delete(`/api/inbox/sla-policies/${seg(policy.id)}`),
  );

export function useInboxSettings() {
  return useQuery({
    queryKey: inboxAdminKeys.settings,
    queryFn: ({ signal }) => api.get<InboxSettings>('/api/inbox/settings', { signal }),
  });
}
export function useSaveInboxSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<InboxSettings>) => api.patch<InboxSettings>('/api/inbox/settings', patch),
    onSuccess: async (saved) => {
      client.setQueryData(inboxAdminKeys.settings, saved);
      await client.invalidateQueries({ queryKey: inboxAdminKeys.router });
    },
  });
}

export function useRouterStatus() {
  return useQuery({
    queryKey: inboxAdminKeys.router,
    queryFn: ({ signal }) => api.get<RouterStatus>('/api/inbox/router', { signal }),
  });
}
export const useTrainRouter = () =>
  useChange(inboxAdminKeys.router, () => api.post<TrainResult>('/api/inbox/router/train'));

export const useApiChannels = () => useItems<ApiChannel>(inboxAdminKeys.channels, '/api/inbox/api-channels');
export const useCreateApiChannel = () =>
  useChange(inboxAdminKeys.channels, (name: string) =>
    api.post<ApiChannel>('/api/inbox/api-channels', { name }),
  );
export const useRotateSecret = () =>
  useChange(inboxAdminKeys.channels, (channel: ApiChannel) =>
    api.post<ApiChannel>(`/api/inbox/api-channels/${seg(channel.id)}/rotate`),
  );

export const useSavedReplies = () => useItems<SavedReply>(inboxAdminKeys.replies, '/api/inbox/saved-replies');
export const useSaveReply = () =>
  useChange(
    inboxAdminKeys.replies,
    ({ id, title, body }: { id: string | null; title: string; body: string }) =>
      id
        ? api.put<SavedReply>(`/api/inbox/saved-replies/${seg(id)}`, { title, body })
        : api.post<SavedReply>('/api/inbox/saved-replies', { title, body }),
  );
export const useDeleteReply = () =>
  useChange(inboxAdminKeys.replies, (reply: SavedReply) =>
    api.delete(`/api/inbox/saved-replies/${seg(reply.id)}`),
  );

/** The shifts of one team that overlap [from, to) (ISO instants). */
export function useShifts(teamId: string, from: string, to: string) {
  return useQuery({
    queryKey: inboxAdminKeys.shiftWeek(teamId, from, to),
    queryFn: async ({ signal }) =>
      (await api.get<{ shifts: Shift[] }>('/api/inbox/shifts', { query: { teamId, from, to }, signal }))
        .shifts,
    enabled: teamId !== '',
  });
}
const dayMs = 86_400_000;

/**
 * Opening hours in [from, to) (ISO instants) when nobody on the team is on duty. The server
 * starts no earlier than now (holes behind us help nobody), so a week that is over asks nothing.
 */
export function useCoverage(teamId: string, from: string, to: string) {
  const end = Date.parse(to);
  const days = Math.min(31, Math.max(1, Math.ceil((end - Date.parse(from)) / dayMs)));
  return useQuery({
    queryKey: inboxAdminKeys.coverage(teamId, from, to),
    queryFn: async ({ signal }) => {
      const { gaps } = await api.get<{ gaps: CoverageGap[] }>('/api/inbox/coverage', {
        query: { teamId, from, days },
        signal,
      });
      // From "now" the server looks a whole `days` ahead, past the end of the range: cut there.
      return gaps
        .filter((gap) => Date.parse(gap.startsAt) < end)
        .map((gap) => (Date.parse(gap.endsAt) > end ? { ...gap, endsAt: to } : gap));
    },
    enabled: teamId !== '' && end > Date.now(),
  });
}
export const useAddShift = () =>
  useChange(
    inboxAdminKeys.shifts,
    (input: { teamId: string; userId: string; startsAt: string; endsAt: string }) =>
      api.post<{ shift: Shift }>('/api/inbox/shifts', input),
  );
export const useRemoveShift = () =>
  useChange(inboxAdminKeys.shifts, (shift: Shift) => api.delete(`/api/inbox/shifts/${seg(shift.id)}`));

export const useRawMail = () => useItems<RawMail>(inboxAdminKeys.rawMail, '/api/inbox/raw-mail');
