// The demand report (GET /api/reports/demand, and with format=csv): admins and managers.
// The most requested open ideas by votes from every channel, and the most reported bugs by theme.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

/** The server answers at most this many days at a time (src/modules/ideas/reports/schemas.ts). */
export const DEMAND_REPORT_MAX_DAYS = 366;

export interface DemandFilters {
  /** YYYY-MM-DD (UTC days), both included. */
  from: string;
  to: string;
}

export interface IdeaChannels {
  /** Clicks on the board. */
  board: number;
  /** Captured by staff from inbox conversations, listening mentions and forum posts. */
  conversation: number;
  mention: number;
  post: number;
}

export interface BugChannels {
  mention: number;
  conversation: number;
  thread: number;
}

export interface RequestedIdea {
  id: string;
  title: string;
  status: string;
  board: { name: string; slug: string };
  link: string;
  /** Votes cast in the range. */
  votes: number;
  totalVotes: number;
  byChannel: IdeaChannels;
  /** Votes in the range weighed as the board's demand sort weighs voters. */
  demand: number;
  createdAt: string;
}

export interface BugTheme {
  phrase: string;
  total: number;
  byChannel: BugChannels;
  firstSeen: string;
  lastSeen: string;
  examples: { channel: keyof BugChannels; id: string; title: string; link: string; at: string }[];
}

export interface DemandReport {
  range: { from: string; to: string; days: number; timezone: 'UTC' };
  ideas: { top: RequestedIdea[]; newIdeas: IdeaChannels & { total: number } };
  bugs: {
    reports: BugChannels & { total: number };
    read: BugChannels;
    readCap: number;
    capped: boolean;
    themes: BugTheme[];
  };
}

export function useDemandReport(filters: DemandFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['reports', 'demand', filters] as const,
    queryFn: ({ signal }) =>
      api.get<DemandReport>('/api/reports/demand', { query: { from: filters.from, to: filters.to }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The same tables as a CSV file, for a plain download link. */
export function demandCsvUrl(filters: DemandFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to, format: 'csv' });
  return `/api/reports/demand?${params.toString()}`;
}
