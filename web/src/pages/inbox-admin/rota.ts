// The rota's week in a team's time zone: which part of a shift or a coverage gap falls on which day.
import { WEEKDAYS } from './calendar-text.ts';
import type { IsoDate } from './zoned-time.ts';
import { addDays, clockIn, dateIn, weekdayOf, zonedToUtc } from './zoned-time.ts';

export interface DayPiece {
  /** "07:00"; an end at the day's midnight reads "24:00". */
  from: string;
  to: string;
}

/** The part of [start, end) that falls on the zone's calendar day, or null. */
export function pieceOnDay(start: number, end: number, day: IsoDate, timezone: string): DayPiece | null {
  const dayStart = zonedToUtc(day, '00:00', timezone);
  const dayEnd = zonedToUtc(addDays(day, 1), '00:00', timezone);
  const from = Math.max(start, dayStart);
  const to = Math.min(end, dayEnd);
  if (to <= from) return null;
  return { from: clockIn(from, timezone), to: to === dayEnd ? '24:00' : clockIn(to, timezone) };
}

function dayName(date: IsoDate): string {
  return WEEKDAYS[weekdayOf(date) - 1]?.label ?? date;
}

/** "Tuesday 07:00–09:00", or "Tuesday 22:00 – Wednesday 06:00" across midnight. */
export function describeSpan(startIso: string, endIso: string, timezone: string): string {
  const start = Date.parse(startIso);
  const end = Date.parse(endIso);
  const startDay = dateIn(start, timezone);
  const endDay = dateIn(end - 1, timezone);
  if (startDay === endDay) {
    const piece = pieceOnDay(start, end, startDay, timezone);
    return `${dayName(startDay)} ${piece?.from ?? ''}–${piece?.to ?? ''}`;
  }
  const endClock = clockIn(end, timezone);
  return `${dayName(startDay)} ${clockIn(start, timezone)} – ${dayName(endDay)} ${endClock === '00:00' ? '24:00' : endClock}`;
}
