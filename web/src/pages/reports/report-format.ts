// How the reports write their numbers, and the default range.
import type { ReportFilters } from '../../api/reports.ts';

export { formatMinutes } from '../inbox-admin/labels.ts';

export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 1000) / 10}%`;
}

export function formatCsat(average: number | null): string {
  return average === null ? '—' : `${average.toFixed(1)} / 5`;
}

export const formatCount = (count: number) => count.toLocaleString();

function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last 14 days, today included, in the browser's calendar. */
export function defaultRange(now = new Date()): Pick<ReportFilters, 'from' | 'to'> {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 13);
  return { from: localDate(from), to: localDate(now) };
}

export const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
