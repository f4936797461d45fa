// Invitations (Admin › Invitations): links several people may use, and batches of printed codes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { queryKeys } from './keys.ts';
import type { IsoDateTime, Items, UserRef } from './types.ts';

export type InvitationStatus = 'open' | 'used_up' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string | null;
  label: string | null;
  maxUses: number;
  useCount: number;
  group: { id: string; name: string } | null;
  status: InvitationStatus;
  createdAt: IsoDateTime;
  expiresAt: IsoDateTime;
  usedAt: IsoDateTime | null;
  revokedAt: IsoDateTime | null;
  createdBy: UserRef;
}

export interface InvitationInput {
  email?: string;
  maxUses: number;
  expiresInHours: number;
  groupId?: string;
  label?: string;
}

export interface InvitationBatch {
  id: string;
  name: string;
  size: number;
  used: number;
  revoked: number;
  group: { id: string; name: string } | null;
  createdAt: IsoDateTime;
  expiresAt: IsoDateTime;
  createdBy: UserRef;
}

export interface BatchInput {
  name: string;
  count: number;
  expiresInHours: number;
  groupId?: string;
}

export interface InvitationPreview {
  label: string | null;
  email: string | null;
  group: { name: string } | null;
  expiresAt: IsoDateTime;
  usesLeft: number;
}

const batchesKey = [...queryKeys.invitations, 'batches'] as const;

export function useInvitations() {
  return useQuery({
    queryKey: queryKeys.invitations,
    queryFn: async ({ signal }) =>
      (await api.get<Items<Invitation>>('/api/admin/invitations', { signal })).items,
  });
}

export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) =>
      api.post<{ invitation: Invitation; code: string; url: string }>('/api/admin/invitations', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitation: Invitation) =>
      api.delete<undefined>(`/api/admin/invitations/${seg(invitation.id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}

export function useInvitationBatches() {
  return useQuery({
    queryKey: batchesKey,
    queryFn: async ({ signal }) =>
      (await api.get<Items<InvitationBatch>>('/api/admin/invitation-batches', { signal })).items,
  });
}

export function useCreateBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BatchInput) =>
      api.post<{ batch: InvitationBatch; csv: string }>('/api/admin/invitation-batches', input),
    onSuccess: () => client.invalidateQueries({ queryKey: batchesKey }),
  });
}

export function useRevokeBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (batch: InvitationBatch) =>
      api.delete<{ batch: InvitationBatch }>(`/api/admin/invitation-batches/${seg(batch.id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: batchesKey }),
  });
}

/** What the code in a sign-up link is for; no request without a code. */
export function useInvitationPreview(code: string) {
  return useQuery({
    queryKey: ['invitation-preview', code] as const,
    queryFn: ({ signal }) => api.get<InvitationPreview>(`/api/auth/invitations/${seg(code)}`, { signal }),
    enabled: code.length >= 10,
    retry: false,
    staleTime: Infinity,
  });
}
