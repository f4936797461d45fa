// Opening hours as people type them ("09:00–12:00, 13:00–17:30") and as the API stores them.
import type { BusinessCalendar, OpeningInterval, Weekday } from '../../api/inbox-admin.ts';

export const WEEKDAYS: readonly { key: Weekday; label: string }[] = [
  { key: '1', label: 'Monday' },
  { key: '2', label: 'Tuesday' },
  { key: '3', label: 'Wednesday' },
  { key: '4', label: 'Thursday' },
  { key: '5', label: 'Friday' },
  { key: '6', label: 'Saturday' },
  { key: '7', label: 'Sunday' },
];

/** The server keeps at most this many intervals on one day. */
const MAX_INTERVALS = 6;
const CLOCK = /^([01]?\d|2[0-4])(?:[:.]([0-5]\d))?$/;

/** "9:00" and "9" → "09:00"; "24:00" → "00:00" (an end at or before the start runs to the next day). */
function normaliseClock(value: string): string | null {
  const match = CLOCK.exec(value.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] ?? '00';
  if (hour === 24 && minute !== '00') return null;
  return `${String(hour % 24).padStart(2, '0')}:${minute}`;
}

export function formatIntervals(intervals: readonly OpeningInterval[] | undefined): string {
  return (intervals ?? []).map((interval) => `${interval.start}–${interval.end}`).join(', ');
}

/** Parses "09:00–12:00, 13:00–17:30" (any dash); empty text is a closed day. */
export function parseIntervals(text: string): { intervals: OpeningInterval[] } | { error: string } {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > MAX_INTERVALS) return { error: `At most ${MAX_INTERVALS} intervals a day.` };
  const intervals: OpeningInterval[] = [];
  for (const part of parts) {
    const [from = '', to = '', extra] = part.split(/\s*[-–—]\s*/);
    const start = normaliseClock(from);
    const end = normaliseClock(to);
    if (extra !== undefined || !start || !end)
      return { error: `“${part}” is not an interval: write it like 09:00–17:30.` };
    intervals.push({ start, end });
  }
  return { intervals };
}

/** The editable form of a calendar: one text per weekday and per dated exception. */
export interface CalendarDraft {
  /** False: no opening hours at all (around the clock, or "no default" in settings). */
  enabled: boolean;
  timezone: string;
  weekly: Record<Weekday, string>;
  holidays: string[];
  exceptions: { date: string; text: string }[];
}

export function browserTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Monday to Friday 09:00–17:00 in the browser's zone: what most teams start from. */
export function toCalendarDraft(calendar: BusinessCalendar | null): CalendarDraft {
  const weekly = {} as Record<Weekday, string>;
  for (const { key } of WEEKDAYS) {
    weekly[key] = calendar ? formatIntervals(calendar.weekly[key]) : Number(key) <= 5 ? '09:00–17:00' : '';
  }
  return {
    enabled: calendar !== null,
    timezone: calendar?.timezone ?? browserTimezone(),
    weekly,
    holidays: [...(calendar?.holidays ?? [])].sort(),
    exceptions: (calendar?.exceptions ?? []).map((entry) => ({
      date: entry.date,
      text: formatIntervals(entry.intervals),
    })),
  };
}

/**
 * The calendar to send, or the problems found, keyed `calendar.weekly.1`, `calendar.exceptions.0`
 * (prefixed by `path`, so two editors on one page keep their messages apart).
 */
export function fromCalendarDraft(
  draft: CalendarDraft,
  path = 'calendar',
): { calendar: BusinessCalendar | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!draft.enabled) return { calendar: null, errors };
  const weekly: BusinessCalendar['weekly'] = {};
  for (const { key } of WEEKDAYS) {
    const parsed = parseIntervals(draft.weekly[key]);
    if ('error' in parsed) errors[`${path}.weekly.${key}`] = parsed.error;
    else if (parsed.intervals.length > 0) weekly[key] = parsed.intervals;
  }
  const exceptions: BusinessCalendar['exceptions'] = [];
  const seen = new Set<string>();
  draft.exceptions.forEach((entry, index) => {
    const parsed = parseIntervals(entry.text);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) errors[`${path}.exceptions.${index}`] = 'Choose the date.';
    else if (seen.has(entry.date)) errors[`${path}.exceptions.${index}`] = 'This date has another exception.';
    else if ('error' in parsed) errors[`${path}.exceptions.${index}`] = parsed.error;
    else exceptions.push({ date: entry.date, intervals: parsed.intervals });
    seen.add(entry.date);
  });
  if (Object.keys(weekly).length === 0 && exceptions.length === 0)
    errors[`${path}.weekly.1`] = 'Give at least one day opening hours, or choose “always open”.';
  return {
    calendar: { timezone: draft.timezone, weekly, holidays: draft.holidays, exceptions },
    errors,
  };
}

/** A short summary such as "Mon–Fri 09:00–17:00 · Europe/Berlin · 2 holidays". */
export function describeCalendar(
  calendar: BusinessCalendar | null,
  closedLabel = 'Always open (24/7)',
): string {
  if (!calendar) return closedLabel;
  const days = WEEKDAYS.filter(({ key }) => (calendar.weekly[key] ?? []).length > 0).map(
    ({ key, label }) => ({
      key,
      short: label.slice(0, 3),
      hours: formatIntervals(calendar.weekly[key]),
    }),
  );
  const groups: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (
      j + 1 < days.length &&
      days[j + 1]?.hours === days[i]?.hours &&
      Number(days[j + 1]?.key) === Number(days[j]?.key) + 1
    )
      j++;
    const first = days[i];
    const last = days[j];
    if (first && last) groups.push(`${first.short}${j > i ? `–${last.short}` : ''} ${first.hours}`);
    i = j + 1;
  }
  const extras = [calendar.timezone];
  if (calendar.holidays.length > 0)
    extras.push(`${calendar.holidays.length} ${calendar.holidays.length === 1 ? 'holiday' : 'holidays'}`);
  if (calendar.exceptions.length > 0)
    extras.push(
      `${calendar.exceptions.length} ${calendar.exceptions.length === 1 ? 'exception' : 'exceptions'}`,
    );
  return [groups.join('; ') || 'Closed every day', ...extras].join(' · ');
}

/** The IANA zones this browser knows, with the current one kept even when it is not listed. */
export function timezoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}
