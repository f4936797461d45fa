import type { AppContext } from '../../../context.ts';
import { userCards } from '../../accounts/index.ts';
import { businessMsBetween, isOpen, nextOpening, onDuty, quantile } from '../../sla/index.ts';
import { countOpen } from '../queries/conversations.ts';
import { readInboxSettings } from '../queries/settings.ts';
import { recentFirstResponses } from '../queries/stats.ts';
import { shiftsBetween } from '../queries/teams.ts';

export interface ExpectationsDto {
  now: string;
  open: boolean;
  timezone: string | null;
  onDuty: { name: string }[];
  nextAvailableAt: string | null;
  firstResponse: {
    medianMinutes: number | null;
    p90Minutes: number | null;
    conversations: number;
    days: number;
  };
  highLoad: { active: boolean; openConversations: number; perAgent: number | null; threshold: number };
  offHoursMessage: string | null;
}

const days = 14;
const dayMs = 24 * 60 * 60_000;
// Enough for a busy fortnight; beyond it the newest answers describe the present better anyway.
const sampleLimit = 20_000;

/**
 * What a member can expect, measured rather than promised: who is on duty, when someone is
 * next available, and the real first-response times in business hours over the last 14 days.
 */
export async function publishedExpectations(ctx: AppContext): Promise<ExpectationsDto> {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const at = now.getTime();
  const settings = await readInboxSettings(db);
  const calendar = settings.calendar;
  const shifts = (await shiftsBetween(db, new Date(at - dayMs), new Date(at + 14 * dayMs))).map((shift) => ({
    userId: shift.userId,
    start: shift.startsAt.getTime(),
    end: shift.endsAt.getTime(),
  }));
  const dutyIds = onDuty(shifts, at);
  const cards = await userCards(db, dutyIds);
  const open = isOpen(calendar, at) && (shifts.length === 0 || dutyIds.length > 0);
  const nextShift = shifts.filter((shift) => shift.start > at).sort((a, b) => a.start - b.start)[0];
  const nextAvailable = open ? at : (nextShift?.start ?? nextOpening(calendar, at));
  const samples = await recentFirstResponses(db, new Date(at - days * dayMs), sampleLimit);
  const minutes = samples.flatMap((sample) =>
    sample.firstResponseAt
      ? [
          businessMsBetween(calendar, sample.createdAt.getTime(), sample.firstResponseAt.getTime(), []) /
            60_000,
        ]
      : [],
  );
  const openConversations = await countOpen(db);
  const agents = dutyIds.length > 0 ? dutyIds.length : null;
  const perAgent = agents ? openConversations / agents : null;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    now: now.toISOString(),
    open,
    timezone: calendar?.timezone ?? null,
    onDuty: dutyIds.map((id) => ({ name: cards.get(id)?.name ?? 'A team member' })),
    nextAvailableAt: nextAvailable === null ? null : new Date(nextAvailable).toISOString(),
    firstResponse: {
      medianMinutes: round(quantile(minutes, 0.5)),
      p90Minutes: round(quantile(minutes, 0.9)),
      conversations: minutes.length,
      days,
    },
    highLoad: {
      active: perAgent !== null && perAgent > settings.highLoadPerAgent,
      openConversations,
      perAgent: round(perAgent),
      threshold: settings.highLoadPerAgent,
    },
    offHoursMessage: open ? null : settings.offHoursMessage,
  };
}
