// Words for the inbox's values, in one place so the list, the filters and a conversation agree.
import type { ConversationStatus, InboxView, Priority, SlaMetric } from '../../api/inbox-types.ts';

export const STATUS_LABELS: Record<ConversationStatus, string> = {
  open: 'Open',
  pending: 'Pending',
  snoozed: 'Snoozed',
  resolved: 'Resolved',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

export const VIEW_LABELS: Record<InboxView, string> = {
  all: 'All',
  mine: 'Mine',
  unassigned: 'Unassigned',
  breaching: 'Breaching soon',
  resolved: 'Resolved',
};

export const METRIC_LABELS: Record<SlaMetric, string> = {
  first_response: 'First response',
  next_response: 'Next response',
  resolution: 'Resolution',
};

/** "12 min", "1 h 5 min", "2 days 3 h": rounded to what a person would say. */
export function formatMinutes(total: number): string {
  const minutes = Math.max(0, Math.round(total));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  const dayWord = days === 1 ? '1 day' : `${days} days`;
  return restHours === 0 ? dayWord : `${dayWord} ${restHours} h`;
}

export function minutesUntil(iso: string, now: number): number {
  return (new Date(iso).getTime() - now) / 60_000;
}

/** The server stops counting a badge at 1000 (a long backlog must not slow every list). */
const countCap = 1000;

export function badgeCount(count: number): string {
  return count >= countCap ? `${countCap}+` : String(count);
}
