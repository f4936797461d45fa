import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, resetCsrfToken, seg } from './client.ts';
import { endSession } from './auth.ts';
import { queryKeys } from './keys.ts';
import type { ApiToken, Items, Me, Session, TokenScope } from './types.ts';

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string }) => api.patch<{ user: Me }>('/api/me', input),
    onSuccess: ({ user }) => client.setQueryData(queryKeys.me, user),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<undefined>('/api/me/password', input),
    onSuccess: async () => {
      // The server may rotate the session (and so the CSRF secret) on a password change.
      resetCsrfToken();
      await client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: () => api.post<undefined>('/api/me/verify-email') });
}

export function useSessions() {
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: async ({ signal }) => (await api.get<Items<Session>>('/api/me/sessions', { signal })).items,
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (session: Session) => api.delete<undefined>(`/api/me/sessions/${seg(session.id)}`),
    onSuccess: async (_data, session) => {
      if (session.current) {
        endSession(client);
        return;
      }
      client.setQueryData<Session[]>(queryKeys.sessions, (items) =>
        items?.filter((s) => s.id !== session.id),
      );
      await client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

export function useApiTokens() {
  return useQuery({
    queryKey: queryKeys.tokens,
    queryFn: async ({ signal }) => (await api.get<Items<ApiToken>>('/api/me/tokens', { signal })).items,
  });
}

export function useCreateApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scope: TokenScope }) =>
      api.post<{ token: ApiToken; secret: string }>('/api/me/tokens', input),
    onSuccess: async ({ token }) => {
      client.setQueryData<ApiToken[]>(queryKeys.tokens, (items) => (items ? [token, ...items] : items));
      await client.invalidateQueries({ queryKey: queryKeys.tokens });
    },
  });
}

export function useRevokeApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: ApiToken) => api.delete<undefined>(`/api/me/tokens/${seg(token.id)}`),
    onSuccess: async (_data, token) => {
      client.setQueryData<ApiToken[]>(queryKeys.tokens, (items) => items?.filter((t) => t.id !== token.id));
      await client.invalidateQueries({ queryKey: queryKeys.tokens });
    },
  });
}
