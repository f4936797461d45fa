import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';
import { queryKeys } from './keys.ts';

export function createQueryClient(): QueryClient {
  // A 401 AUTH_REQUIRED anywhere means the session ended (expired, revoked from another
  // device…): mark the user signed out and let the route guard send them to the sign-in page.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && error.code === 'AUTH_REQUIRED') {
      client.setQueryData(queryKeys.me, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return client;
}
