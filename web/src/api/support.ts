// Public support pages (no sign-in): the rating link from a resolved conversation and the
// "when will we answer?" expectations. Mirrors src/modules/inbox/routes/public.ts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import type { IsoDateTime } from './types.ts';

export interface RatingRequest {
  subject: string;
  /** Set once the member has answered. */
  rating: number | null;
  comment: string | null;
}

export interface SupportExpectations {
  now: IsoDateTime;
  open: boolean;
  timezone: string | null;
  onDuty: { name: string }[];
  nextAvailableAt: IsoDateTime | null;
  firstResponse: {
    medianMinutes: number | null;
    p90Minutes: number | null;
    conversations: number;
    days: number;
  };
  highLoad: { active: boolean; openConversations: number; perAgent: number | null; threshold: number };
  offHoursMessage: string | null;
}

const ratingKey = (token: string) => ['support', 'rating', token] as const;

export function useRatingRequest(token: string) {
  return useQuery({
    queryKey: ratingKey(token),
    queryFn: ({ signal }) => api.get<RatingRequest>(`/api/ratings/${seg(token)}`, { signal }),
  });
}

export function useRate(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { rating: number; comment?: string }) =>
      api.post<RatingRequest>(`/api/ratings/${seg(token)}`, input),
    onSuccess: (answered) => client.setQueryData(ratingKey(token), answered),
  });
}

export function useSupportExpectations() {
  return useQuery({
    queryKey: ['support', 'expectations'] as const,
    queryFn: ({ signal }) => api.get<SupportExpectations>('/api/support/expectations', { signal }),
    // Who is on duty changes with the clock, not only with events.
    refetchInterval: 60_000,
  });
}
