// Listening reports (GET /api/listening/reports and its CSV twin): agents, managers and admins.
// Sentiment per day (or week) by platform, source and watch rule, and the themes that recur.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

/** The server answers at most this many days at a time (src/modules/listening/reports/schemas.ts). */
export const LISTENING_REPORT_MAX_DAYS = 366;
/** Beyond this many days the report counts per week instead of per day. */
export const LISTENING_REPORT_MAX_DAILY_DAYS = 60;

export interface ListeningReportFilters {
  /** YYYY-MM-DD (UTC days), both included. */
  from: string;
  to: string;
  /** Empty: every rule, source, platform. */
  ruleId: string;
  sourceId: string;
  platform: string;
}

export interface SentimentStats {
  mentions: number;
  /** −1…1; null without mentions. */
  averageSentiment: number | null;
  negative: number;
  neutral: number;
  positive: number;
  /** 0…1; null without mentions. */
  negativeShare: number | null;
  neutralShare: number | null;
  positiveShare: number | null;
}

export interface SentimentPoint extends SentimentStats {
  /** The first day of the period inside the range. */
  period: string;
}

/** The range against the one of equal length before it. */
export interface SentimentChange {
  /** Now minus before. */
  mentions: number;
  /** (now − before) / before; null when there were none before. */
  mentionsRatio: number | null;
  averageSentiment: number | null;
  negativeShare: number | null;
  positiveShare: number | null;
}

export interface SentimentGroup extends SentimentStats {
  /** The platform, source id or rule id; null: mentions that match no watch rule. */
  id: string | null;
  name: string;
  archived: boolean;
  previous: SentimentStats;
  change: SentimentChange;
  /** One point per period, in the order of `periods`. */
  series: SentimentPoint[];
}

export type ThemeStatus = 'new' | 'rising' | 'steady' | 'falling' | 'sparse';

export interface Theme {
  phrase: string;
  /** Mentions with the phrase in the range. */
  count: number;
  /** count / mentions in the range. */
  share: number;
  /** Mentions with the phrase in the range before. */
  previous: number;
  /** count / previous; null when there were none before. */
  growth: number | null;
  status: ThemeStatus;
  averageSentiment: number | null;
  periodsPresent: number;
  /** Count per period, in the order of `periods`. */
  series: number[];
}

export interface ListeningReport {
  range: {
    from: string;
    to: string;
    days: number;
    timezone: 'UTC';
    granularity: 'day' | 'week';
    previous: { from: string; to: string };
  };
  filters: { ruleId: string | null; sourceId: string | null; platform: string | null };
  periods: { start: string; end: string; days: number }[];
  totals: { current: SentimentStats; previous: SentimentStats; change: SentimentChange };
  trend: SentimentPoint[];
  byPlatform: SentimentGroup[];
  bySource: SentimentGroup[];
  /** A mention can match several rules: these rows may add up to more than the total. */
  byRule: SentimentGroup[];
  themes: {
    rules: {
      newMinCount: number;
      risingMinCount: number;
      risingGrowth: number;
      fallingGrowth: number;
      recurringShare: number;
    };
    top: Theme[];
    rising: Theme[];
    recurring: Theme[];
  };
}

function reportQuery(filters: ListeningReportFilters) {
  return {
    from: filters.from,
    to: filters.to,
    ruleId: filters.ruleId,
    sourceId: filters.sourceId,
    platform: filters.platform,
  };
}

export const listeningReportKeys = {
  all: ['listening', 'reports'] as const,
  report: (filters: ListeningReportFilters) => ['listening', 'reports', filters] as const,
};

/** `enabled` false (e.g. an impossible range) keeps the last report without asking again. */
export function useListeningReport(filters: ListeningReportFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: listeningReportKeys.report(filters),
    queryFn: ({ signal }) =>
      api.get<ListeningReport>('/api/listening/reports', { query: reportQuery(filters), signal }),
    // Changing a filter keeps the last report on screen (marked busy) instead of a blank page.
    placeholderData: keepPreviousData,
  });
}

/** The same report as a CSV file, for a plain download link. */
export function listeningReportCsvUrl(filters: ListeningReportFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(reportQuery(filters))) if (value) params.set(key, value);
  return `/api/listening/reports.csv?${params.toString()}`;
}
