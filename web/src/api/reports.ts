// Inbox reports (GET /api/inbox/reports and its CSV twin): admins and managers.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export interface ReportFilters {
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
  teamId: string;
  channel: string;
}

export interface Distribution {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** In order; the last one usually has no upper bound (upToMinutes null). */
  buckets: { label: string; upToMinutes: number | null; count: number }[];
}

export interface ReportRow {
  /** Null for "no team" / "unassigned". */
  id: string | null;
  name: string;
  conversations: number;
  resolved: number;
  firstResponseMedian: number | null;
  firstResponseP90: number | null;
  resolutionMedian: number | null;
  /** 0..1. */
  slaAttainment: number | null;
  breaches: number;
  escalations: number;
  csatAverage: number | null;
  csatResponses: number;
}

export interface InboxReport {
  range: { from: string; to: string; timezone: string };
  totals: {
    conversations: number;
    resolved: number;
    reopened: number;
    deflected: number;
    escalated: number;
    breaches: number;
    slaAttainment: number | null;
    csatAverage: number | null;
    csatResponses: number;
  };
  firstResponse: Distribution;
  resolution: Distribution;
  volumeByChannel: { channel: string; label: string; count: number }[];
  /** Hours 0–23 in range.timezone. */
  volumeByHour: { hour: number; count: number }[];
  backlog: { date: string; open: number }[];
  perTeam: ReportRow[];
  perAgent: ReportRow[];
  csatByChannel: { channel: string; label: string; average: number | null; responses: number }[];
}

function reportQuery(filters: ReportFilters) {
  return { from: filters.from, to: filters.to, teamId: filters.teamId, channel: filters.channel };
}

/** `enabled` false (e.g. an impossible range) keeps the last report without asking again. */
export function useInboxReport(filters: ReportFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['reports', 'inbox', filters] as const,
    queryFn: ({ signal }) =>
      api.get<InboxReport>('/api/inbox/reports', { query: reportQuery(filters), signal }),
    // Changing a filter keeps the last report on screen (marked busy) instead of a blank page.
    placeholderData: keepPreviousData,
  });
}

/** The same report as a CSV file, for a plain download link. */
export function reportCsvUrl(filters: ReportFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(reportQuery(filters))) if (value) params.set(key, value);
  return `/api/inbox/reports.csv?${params.toString()}`;
}
