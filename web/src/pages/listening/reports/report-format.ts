// How the listening reports write their numbers, dates and themes, and the default range.
import {
  LISTENING_REPORT_MAX_DAILY_DAYS,
  LISTENING_REPORT_MAX_DAYS,
} from '../../../api/listening-reports.ts';
import type { ListeningReportFilters, Theme } from '../../../api/listening-reports.ts';
import { formatScore } from '../labels.ts';

export { formatShare } from '../labels.ts';
export { formatCount, isDate } from '../../reports/report-format.ts';

const DAY_MS = 86_400_000;

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last 30 UTC days, today included: the report counts whole days in UTC. */
export function defaultListeningRange(now = new Date()): Pick<ListeningReportFilters, 'from' | 'to'> {
  const today = Date.parse(utcDay(now.getTime()));
  return { from: utcDay(today - 29 * DAY_MS), to: utcDay(today) };
}

/** Days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
}

/** What the server would refuse about the range, said before asking it. */
export function checkListeningRange({ from, to }: Pick<ListeningReportFilters, 'from' | 'to'>) {
  if (from > to) return 'The start is after the end.';
  if (daysIn(from, to) > LISTENING_REPORT_MAX_DAYS)
    return `Choose at most ${LISTENING_REPORT_MAX_DAYS} days.`;
  return undefined;
}

export function granularityNote(from: string, to: string): string {
  return daysIn(from, to) > LISTENING_REPORT_MAX_DAILY_DAYS ? 'Counted per week.' : 'Counted per day.';
}

/** "+0.24", "−0.41"; "—" without mentions. */
export function formatSentiment(score: number | null): string {
  return score === null ? '—' : formatScore(score);
}

/** "+60%", "−25%"; "—" when there was nothing before to compare with. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null) return '—';
  const percent = Math.round(ratio * 100);
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${Math.abs(percent)}%` : '0%';
}

/** A change of a share in percentage points: "+12 pts", "−3 pts". */
export function formatPoints(delta: number | null): string {
  if (delta === null) return '—';
  const points = Math.round(delta * 100);
  return points > 0 ? `+${points} pts` : points < 0 ? `−${Math.abs(points)} pts` : '0 pts';
}

/** How a theme moved against the range before: "new", "×2", "×0.5", "first mentions". */
export function formatGrowth(theme: Pick<Theme, 'growth' | 'status'>): string {
  if (theme.status === 'new') return 'new';
  if (theme.growth === null) return 'first mentions';
  return `×${Math.round(theme.growth * 10) / 10}`;
}

export const THEME_STATUS_WORDS: Record<Theme['status'], string> = {
  new: 'New',
  rising: 'Rising',
  steady: 'Steady',
  falling: 'Falling',
  sparse: 'Too few to tell',
};

/** "twitter" → "Twitter": platforms are short lower-case words. */
export function platformName(platform: string): string {
  return platform ? `${platform[0]?.toUpperCase() ?? ''}${platform.slice(1)}` : platform;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 Nov" for a UTC day. */
export const shortDate = (day: string) => dayFormat.format(Date.parse(day));
/** "12 Nov 2026" for a UTC day. */
export const longDate = (day: string) => fullFormat.format(Date.parse(day));

/** A period on an axis: its day ("12 Nov"), or the days of its week inside the range ("9 Nov–15 Nov"). */
export function periodLabel(period: { start: string; end: string }, granularity: 'day' | 'week'): string {
  return granularity === 'day' || period.start === period.end
    ? shortDate(period.start)
    : `${shortDate(period.start)}–${shortDate(period.end)}`;
}

/** A search of the stream for a theme: its words, a hashtag without its "#", quoted when several. */
export function themeSearch(phrase: string): string {
  const words = phrase.replace(/^#/, '');
  return /\s/.test(words) ? `"${words.replaceAll('"', '')}"` : words;
}
