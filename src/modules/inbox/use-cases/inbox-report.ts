import { DateTime } from 'luxon';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { userCards } from '../../accounts/index.ts';
import { channelOf } from '../channels/channel.ts';
import { inboxPolicy } from '../policy.ts';
import type { InboxReport, ReportQuery } from '../report-schemas.ts';
import {
  countBy,
  csatByChannel,
  firstResponseDistribution,
  resolutionDistribution,
  rowsBy,
  totalsOf,
  volumeByHour,
  type CsatAnswer,
  type ReportConversation,
} from '../reports/aggregate.ts';
import { backlogAt, reportConversations, reportRatings } from '../queries/reports.ts';
import { readInboxSettings, type InboxSettingsRow } from '../queries/settings.ts';
import { everyTeam } from '../queries/teams.ts';

const defaultDays = 14;

/** The report's whole days in the inbox's own time zone: today and the 13 before it, unless asked. */
function dayRange(query: ReportQuery, timezone: string, now: Date) {
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf('day');
  const to = query.to ? DateTime.fromISO(query.to, { zone: timezone }) : today;
  const from = query.from
    ? DateTime.fromISO(query.from, { zone: timezone })
    : to.minus({ days: defaultDays - 1 });
  const days: DateTime[] = [];
  for (let day = from; day <= to; day = day.plus({ days: 1 })) days.push(day);
  return { from, end: to.plus({ days: 1 }), days };
}

const labelOf = (channel: string) => channelOf(channel)?.label ?? channel;

async function loadRows(
  db: Db,
  settings: InboxSettingsRow,
  filter: Parameters<typeof reportConversations>[1],
) {
  const teams = await everyTeam(db);
  const calendars = new Map(teams.map((team) => [team.id, team.calendar ?? settings.calendar]));
  const rows = await reportConversations(db, filter);
  const conversations: ReportConversation[] = rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    teamId: row.teamId,
    assigneeId: row.assigneeId,
    createdAt: row.createdAt.getTime(),
    firstResponseAt: row.firstResponseAt?.getTime() ?? null,
    // A conversation reopened since is not resolved, whatever an older stamp says.
    resolvedAt: row.status === 'resolved' ? (row.resolvedAt?.getTime() ?? null) : null,
    reopenCount: row.reopenCount,
    deflected: row.deflected,
    escalated: row.escalated,
    hasPolicy: row.slaPolicyId !== null,
    breaches: Number(row.breaches),
    calendar: (row.teamId ? calendars.get(row.teamId) : settings.calendar) ?? null,
  }));
  const ratings: CsatAnswer[] = (await reportRatings(db, filter)).flatMap((row) =>
    row.rating === null ? [] : [{ ...row, rating: row.rating }],
  );
  return { conversations, ratings, teams };
}

/**
 * The inbox report (F1): response and resolution times in business hours, SLA attainment,
 * volume, backlog, per team and agent, ratings. Conversations only bots started are left out.
 */
export async function inboxReport(
  ctx: AppContext,
  actor: Actor | null,
  query: ReportQuery,
): Promise<InboxReport> {
  inboxPolicy.authorize(actor, 'reports');
  const db = ctx.database.db;
  const settings = await readInboxSettings(db);
  const timezone = settings.calendar?.timezone ?? 'UTC';
  const { from, end, days } = dayRange(query, timezone, ctx.clock.now());
  const filter = { from: from.toJSDate(), to: end.toJSDate(), teamId: query.teamId, channel: query.channel };
  const { conversations, ratings, teams } = await loadRows(db, settings, filter);
  const agentIds = [...new Set(conversations.flatMap((c) => (c.assigneeId ? [c.assigneeId] : [])))];
  const agentNames = new Map(
    [...(await userCards(db, agentIds)).values()].map((card) => [card.id, card.name]),
  );
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const backlog = await backlogAt(
    db,
    days.map((day) => day.plus({ days: 1 }).toJSDate()),
    { teamId: query.teamId, channel: query.channel },
  );
  return {
    range: { from: from.toISODate() ?? '', to: end.minus({ days: 1 }).toISODate() ?? '', timezone },
    totals: totalsOf(conversations, ratings),
    firstResponse: firstResponseDistribution(conversations),
    resolution: resolutionDistribution(conversations),
    volumeByChannel: [...countBy(conversations, (c) => c.channel)]
      .map(([channel, count]) => ({ channel, label: labelOf(channel), count }))
      .sort((a, b) => b.count - a.count),
    volumeByHour: volumeByHour(conversations, timezone),
    backlog: backlog.map((point, i) => ({ date: days[i]?.toISODate() ?? '', open: point.open })),
    perTeam: rowsBy(
      conversations,
      ratings,
      (c) => c.teamId,
      (a) => a.teamId,
      teamNames,
      'No team',
    ),
    perAgent: rowsBy(
      conversations,
      ratings,
      (c) => c.assigneeId,
      (a) => a.agentId,
      agentNames,
      'Unassigned',
    ),
    csatByChannel: csatByChannel(ratings).map((row) => ({ ...row, label: labelOf(row.channel) })),
  };
}
