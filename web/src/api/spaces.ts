import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { queryKeys } from './keys.ts';
import type { Items, Space } from './types.ts';

/** The spaces the signed-in person may read, in the admin's order. */
export function useSpaces() {
  return useQuery({
    queryKey: queryKeys.spaces,
    queryFn: ({ signal }) => api.get<Items<Space>>('/api/spaces', { signal }),
  });
}
