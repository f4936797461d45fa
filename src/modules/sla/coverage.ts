import { openSpans, subtract, type BusinessCalendar, type Span } from './business-hours.ts';

/** Who is on duty when: one entry per shift on the rota. */
export interface Shift {
  userId: string;
  start: number;
  end: number;
}

/** Business hours in [from, to) when nobody is on duty: the rota's holes, for an alert before they come. */
export function coverageGaps(
  calendar: BusinessCalendar | null,
  shifts: Shift[],
  from: number,
  to: number,
): Span[] {
  const open = calendar ? openSpans(calendar, from, to) : to > from ? [{ start: from, end: to }] : [];
  return subtract(
    open,
    shifts.map(({ start, end }) => ({ start, end })),
  );
}

/** The people on duty at a moment. */
export function onDuty(shifts: Shift[], at: number): string[] {
  return [
    ...new Set(shifts.filter((shift) => shift.start <= at && at < shift.end).map((shift) => shift.userId)),
  ];
}

/** The q-th quantile (0–1) by linear interpolation between closest ranks; null for no data. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}
