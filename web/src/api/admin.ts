import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { queryKeys } from './keys.ts';
import type { AdminUserFilters } from './keys.ts';
import type {
  AdminUser,
  AuditEvent,
  AuditVerifyResult,
  CursorPage,
  Items,
  Job,
  Role,
  SignupMode,
} from './types.ts';

export const ADMIN_USERS_PAGE_SIZE = 50;

export function useAdminUsers(filters: AdminUserFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.adminUserList(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<AdminUser>>('/api/admin/users', {
        query: {
          q: filters.q.trim(),
          role: filters.role,
          status: filters.status,
          cursor: pageParam,
          limit: ADMIN_USERS_PAGE_SIZE,
        },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** Puts the server's copy of a user into every cached users list, then refetches them. */
async function applyUser(client: QueryClient, user: AdminUser) {
  client.setQueriesData<InfiniteData<CursorPage<AdminUser>>>({ queryKey: queryKeys.adminUsers }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.id === user.id ? user : item)),
          })),
        }
      : data,
  );
  await client.invalidateQueries({ queryKey: queryKeys.adminUsers });
}

export function useChangeUserRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; role: Role }) =>
      api.patch<{ user: AdminUser }>(`/api/admin/users/${seg(input.id)}`, { role: input.role }),
    onSuccess: ({ user }) => applyUser(client, user),
  });
}

export function useSuspendUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reason: string }) =>
      api.post<{ user: AdminUser }>(`/api/admin/users/${seg(input.id)}/suspend`, { reason: input.reason }),
    onSuccess: ({ user }) => applyUser(client, user),
  });
}

export function useReinstateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string }) =>
      api.post<{ user: AdminUser }>(`/api/admin/users/${seg(input.id)}/reinstate`),
    onSuccess: ({ user }) => applyUser(client, user),
  });
}

export function useAdminSettings() {
  return useQuery({
    queryKey: queryKeys.adminSettings,
    queryFn: ({ signal }) => api.get<{ signupMode: SignupMode }>('/api/admin/settings', { signal }),
  });
}

export function useUpdateAdminSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { signupMode: SignupMode }) =>
      api.patch<{ signupMode: SignupMode }>('/api/admin/settings', input),
    onSuccess: async (settings) => {
      client.setQueryData(queryKeys.adminSettings, settings);
      await client.invalidateQueries({ queryKey: queryKeys.site });
    },
  });
}

export function useFailedJobs() {
  return useQuery({
    queryKey: queryKeys.failedJobs,
    queryFn: async ({ signal }) =>
      (await api.get<Items<Job>>('/api/admin/jobs', { query: { state: 'failed' }, signal })).items,
  });
}

export function useRetryJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (job: Job) => api.post<undefined>(`/api/admin/jobs/${seg(job.id)}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.failedJobs }),
  });
}

export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: queryKeys.audit,
    queryFn: ({ pageParam, signal }) =>
      api.get<CursorPage<AuditEvent>>('/api/admin/audit', { query: { cursor: pageParam }, signal }),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => api.post<AuditVerifyResult>('/api/admin/audit/verify') });
}
