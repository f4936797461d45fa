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

/** The opening hours that overlap [from, to), clipped to it and merged, in order. */
export function openSpans(calendar: BusinessCalendar, from: number, to: number): Span[] {
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

/** Spans minus the paused ones (an SLA clock stops while the team waits for the member). */
export function subtract(spans: Span[], pauses: Span[]): Span[] {
  let rest = spans;
  for (const pause of pauses) {
    rest = rest.flatMap((span) => {
      if (pause.end <= span.start || pause.start >= span.end) return [span];
      const parts: Span[] = [];
      if (pause.start > span.start) parts.push({ start: span.start, end: pause.start });
      if (pause.end < span.end) parts.push({ start: pause.end, end: span.end });
      return parts;
    });
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
