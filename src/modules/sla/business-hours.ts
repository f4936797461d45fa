import { DateTime } from 'luxon';

/** A stretch of opening hours on one day, local "HH:MM"; an end at or before the start runs past midnight. */
export interface OpeningInterval {
  start: string;
  end: string;
}

/**
 * When a team works, in its own time zone: several intervals per weekday (ISO 1 = Monday … 7),
 * holidays (closed all day) and dated exceptions (other hours that day; none = closed).
 * An overnight interval belongs to the day it starts on.
 */
export interface BusinessCalendar {
  timezone: string;
  weekly: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, OpeningInterval[]>>;
  holidays: string[];
  exceptions: { date: string; intervals: OpeningInterval[] }[];
}

/** A half-open span of real time [start, end), in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** How far ahead to look for opening hours before deciding a calendar never opens. */
const horizonDays = 400;

function parseClock(value: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new Error(`Not a time of day: ${value}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The intervals a calendar has on one local date: an exception wins, then a holiday, then the week. */
function intervalsOn(calendar: BusinessCalendar, date: DateTime): OpeningInterval[] {
  const iso = date.toISODate() ?? '';
  const exception = calendar.exceptions.find((entry) => entry.date === iso);
  if (exception) return exception.intervals;
  if (calendar.holidays.includes(iso)) return [];
  return calendar.weekly[date.weekday as 1] ?? [];
}

/** One interval of one local date as real time; a local time that a DST change skips moves forward. */
function spanOf(date: DateTime, interval: OpeningInterval): Span {
  const start = date.set({ ...parseClock(interval.start), second: 0, millisecond: 0 });
  let end = date.set({ ...parseClock(interval.end), second: 0, millisecond: 0 });
  if (end <= start) end = end.plus({ days: 1 });
  return { start: start.toMillis(), end: end.toMillis() };
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The opening hours that overlap [from, to), clipped to it and merged, worked out with luxon. */
function computeOpenSpans(calendar: BusinessCalendar, from: number, to: number): Span[] {
  if (to <= from) return [];
  // Start a day early: yesterday's overnight interval may still be running at `from`.
  let day = DateTime.fromMillis(from, { zone: calendar.timezone }).startOf('day').minus({ days: 1 });
  if (!day.isValid) throw new Error(`Unknown time zone: ${calendar.timezone}`);
  const spans: Span[] = [];
  while (day.toMillis() < to) {
    for (const interval of intervalsOn(calendar, day)) {
      const span = spanOf(day, interval);
      const start = Math.max(span.start, from);
      const end = Math.min(span.end, to);
      if (end > start) spans.push({ start, end });
    }
    day = day.plus({ days: 1 });
  }
  return merge(spans);
}

// Luxon costs ~50 µs per calendar day, and one conversation's clocks look at a fortnight several
// times over: each calendar's opening hours are worked out once per UTC year and kept (calendars
// come from the database as fresh objects, so they are keyed by their JSON; a few hundred at most).
const keys = new WeakMap<BusinessCalendar, string>();
const years = new Map<string, Map<number, Span[]>>();
const maxCalendars = 256;

function yearSpans(calendar: BusinessCalendar, year: number): Span[] {
  let key = keys.get(calendar);
  if (key === undefined) keys.set(calendar, (key = JSON.stringify(calendar)));
  let byYear = years.get(key);
  if (!byYear) {
    if (years.size >= maxCalendars) years.clear();
    years.set(key, (byYear = new Map()));
  }
  let spans = byYear.get(year);
  if (!spans)
    byYear.set(year, (spans = computeOpenSpans(calendar, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1))));
  return spans;
}

/** The first span that ends after `at` (binary search over spans in order). */
function firstEndingAfter(spans: Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid] as Span).end <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The opening hours that overlap [from, to), clipped to it and merged, in order. */
export function openSpans(calendar: BusinessCalendar, from: number, to: number): Span[] {
  if (to <= from) return [];
  const spans: Span[] = [];
  const last = new Date(to - 1).getUTCFullYear();
  for (let year = new Date(from).getUTCFullYear(); year <= last; year += 1) {
    const all = yearSpans(calendar, year);
    for (let i = firstEndingAfter(all, from); i < all.length; i += 1) {
      const span = all[i] as Span;
      if (span.start >= to) break;
      spans.push({ start: Math.max(span.start, from), end: Math.min(span.end, to) });
    }
  }
  // A span across New Year is kept as two pieces that touch: join them again.
  return spans.reduce<Span[]>((joined, span) => {
    const last = joined.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push(span);
    return joined;
  }, []);
}

/** Spans minus the paused ones (an SLA clock stops while the team waits for the member). */
export function subtract(spans: Span[], pauses: Span[]): Span[] {
  if (pauses.length === 0) return spans;
  // One sweep over both, in time order (spans come sorted and apart from openSpans), instead of
  // splitting every span once per pause.
  const cuts = [...pauses].sort((a, b) => a.start - b.start);
  const rest: Span[] = [];
  let first = 0;
  for (const span of spans) {
    let start = span.start;
    while (first < cuts.length && (cuts[first] as Span).end <= start) first += 1;
    for (let i = first; i < cuts.length && (cuts[i] as Span).start < span.end; i += 1) {
      const cut = cuts[i] as Span;
      if (cut.start > start) rest.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (start < span.end) rest.push({ start, end: span.end });
  }
  return rest;
}

/** Business milliseconds between two moments, not counting pauses. A null calendar means 24/7. */
export function businessMsBetween(
  calendar: BusinessCalendar | null,
  from: number,
  to: number,
  pauses: Span[] = [],
): number {
  const spans = calendar ? openSpans(calendar, from, to) : to > from ? [{ start: from, end: to }] : [];
  return subtract(spans, pauses).reduce((sum, span) => sum + (span.end - span.start), 0);
}

/**
 * The moment `minutes` of business time after `from` (skipping pauses already known), or null
 * when the calendar has no opening hours within a year.
 */
export function addBusinessMinutes(
  calendar: BusinessCalendar | null,
  from: number,
  minutes: number,
  pauses: Span[] = [],
): number | null {
  let left = minutes * minuteMs;
  if (!calendar) {
    let at = from;
    for (const pause of [...pauses].sort((a, b) => a.start - b.start)) {
      if (pause.end <= at) continue;
      if (pause.start >= at + left) break;
      left -= Math.max(0, pause.start - at);
      at = pause.end;
    }
    return at + left;
  }
  const windowMs = 14 * dayMs;
  for (let start = from; start < from + horizonDays * dayMs; start += windowMs) {
    for (const span of subtract(openSpans(calendar, start, start + windowMs), pauses)) {
      const length = span.end - span.start;
      if (left <= length) return span.start + left;
      left -= length;
    }
  }
  return null;
}

export function isOpen(calendar: BusinessCalendar | null, at: number): boolean {
  return !calendar || openSpans(calendar, at, at + 1).length > 0;
}

/** When the team is next at work, from `at` (itself when open now), or null within a year. */
export function nextOpening(calendar: BusinessCalendar | null, at: number): number | null {
  if (!calendar) return at;
  const windowMs = 14 * dayMs;
  for (let start = at; start < at + horizonDays * dayMs; start += windowMs) {
    const first = openSpans(calendar, start, start + windowMs)[0];
    if (first) return first.start;
  }
  return null;
}
