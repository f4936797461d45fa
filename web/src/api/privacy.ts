// Data exports and erasure (src/modules/privacy/routes.ts): a person's own, and an admin's on request.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endSession } from './auth.ts';
import { api, seg } from './client.ts';
import { memberKeys } from './members.ts';

/** What an erasure changed: by part of Hearth, how many records of each kind ({inbox: {conversations: 2}}). */
export type ErasureCounts = Record<string, Record<string, number>>;

interface Erased {
  erased: true;
  counts: ErasureCounts;
}

/** Everything Hearth holds about the signed-in person, as a JSON file (for a plain download link). */
export const OWN_DATA_URL = '/api/me/data';

/** Everything Hearth holds about a member, as a JSON file (admins; the download is audited). */
export function memberDataUrl(memberId: string): string {
  return `/api/members/${seg(memberId)}/data`;
}

/**
 * Erases the signed-in person (not staff). Their session ends with it: `leave` takes them away from
 * pages for the signed-in, then they are forgotten here too. Both run even when the page is already
 * gone (the live connection or another request may notice the ended session first).
 */
export function useEraseOwnAccount(leave: () => void | Promise<void>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { confirm: string }) => api.post<Erased>('/api/me/erase', input),
    onSuccess: async () => {
      await leave();
      endSession(client);
    },
  });
}

/** Erases a member on their request (admins); the member and everything about members is asked again. */
export function useEraseMember(memberId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { reason: string; confirm: string }) =>
      api.post<Erased>(`/api/members/${seg(memberId)}/erase`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: memberKeys.all }),
  });
}
