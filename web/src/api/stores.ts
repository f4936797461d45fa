// Stores (Admin › Stores): shops that report purchases through a signed webhook.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import type { IsoDateTime, Items } from './types.ts';

export interface Store {
  id: string;
  name: string;
  groupId: string | null;
  webhookUrl: string;
  purchases: number;
  lastPurchaseAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  /** Only in the answer that created or rotated it. */
  secret?: string;
}

export interface Purchase {
  id: string;
  orderId: string;
  memberId: string;
  name: string;
  email: string;
  items: { name: string; quantity: number }[];
  amountCents: number;
  currency: string;
  country: string | null;
  purchasedAt: IsoDateTime;
  receivedAt: IsoDateTime;
  welcomedAt: IsoDateTime | null;
}

const storesKey = ['onboarding', 'stores'] as const;

export function useStores() {
  return useQuery({
    queryKey: storesKey,
    queryFn: async ({ signal }) => (await api.get<Items<Store>>('/api/onboarding/stores', { signal })).items,
  });
}

export function useCreateStore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; groupId?: string }) =>
      api.post<{ store: Store }>('/api/onboarding/stores', input),
    onSuccess: () => client.invalidateQueries({ queryKey: storesKey }),
  });
}

export function useRotateStoreSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (store: Store) =>
      api.post<{ store: Store }>(`/api/onboarding/stores/${seg(store.id)}/secret`),
    onSuccess: () => client.invalidateQueries({ queryKey: storesKey }),
  });
}

export function useStorePurchases(storeId: string) {
  return useQuery({
    queryKey: [...storesKey, storeId, 'purchases'] as const,
    queryFn: async ({ signal }) =>
      (await api.get<Items<Purchase>>(`/api/onboarding/stores/${seg(storeId)}/purchases`, { signal })).items,
  });
}
