import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, ApiError, resetCsrfToken } from './client.ts';
import { queryKeys } from './keys.ts';
import type { Me, Site } from './types.ts';

export function useSite() {
  return useQuery({
    queryKey: queryKeys.site,
    queryFn: ({ signal }) => api.get<Site>('/api/site', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user, or `null` when signed out. */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        const body = await api.get<{ user: Me }>('/api/me', { signal });
        return body.user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

let signedOutOnPurpose = false;

/** True right after the user chose to sign out (so the sign-in page is not given a `next`). */
export function wasSignedOutOnPurpose(): boolean {
  return signedOutOnPurpose;
}

/** A new session started: fresh CSRF token, no cached data from the previous user. */
function startSession(client: QueryClient, user: Me) {
  signedOutOnPurpose = false;
  resetCsrfToken();
  client.removeQueries({
    predicate: (query) => query.queryKey[0] !== queryKeys.site[0] && query.queryKey[0] !== queryKeys.me[0],
  });
  client.setQueryData(queryKeys.me, user);
}

/** The session ended: forget the user and everything cached for them. */
export function endSession(client: QueryClient) {
  signedOutOnPurpose = true;
  resetCsrfToken();
  client.setQueryData(queryKeys.me, null);
  client.removeQueries({
    predicate: (query) => query.queryKey[0] !== queryKeys.site[0] && query.queryKey[0] !== queryKeys.me[0],
  });
}

export interface SignInInput {
  email: string;
  password: string;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<{ user: Me }>('/api/auth/signin', input),
    onSuccess: ({ user }) => startSession(client, user),
  });
}

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  inviteCode?: string;
}

export function useSignUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignUpInput) => api.post<{ user: Me }>('/api/auth/signup', input),
    onSuccess: ({ user }) => startSession(client, user),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/auth/signout'),
    onSuccess: () => endSession(client),
    onError: (error) => {
      // Already signed out on the server: finish signing out here too.
      if (error instanceof ApiError && error.status === 401) endSession(client);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) => api.post<undefined>('/api/auth/password-reset', input),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post<undefined>('/api/auth/password-reset/confirm', input),
  });
}

/**
 * Verifies an email token once per token. A query (not a mutation) so that the request is
 * de-duplicated across React's development double-mount and never repeated by itself.
 */
export function useVerifyEmail(token: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.verifyEmail(token),
    queryFn: async () => {
      await api.post<undefined>('/api/auth/verify-email', { token });
      await client.invalidateQueries({ queryKey: queryKeys.me });
      return true;
    },
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
