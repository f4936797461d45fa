import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { intentAndPhrases } from '../../listening/index.ts';
import { memberWeights } from '../../members/index.ts';
import { ideaPolicy } from '../policy.ts';
import { votersOf } from '../queries/votes.ts';
import { voterWeight } from '../ranking.ts';
import { bugThemes, type BugReport } from './bug-themes.ts';
import {
  bugMentions,
  newIdeaCounts,
  openingMessages,
  openingThreads,
  requestedIdeas,
  type DemandWindow,
  type SaidRow,
} from './queries.ts';
import {
  bugReadCap,
  defaultDemandDays,
  demandLimits,
  type BugChannel,
  type DemandReport,
  type DemandReportQuery,
  type RequestedIdea,
} from './schemas.ts';

const dayMs = 24 * 60 * 60_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const round = (n: number) => Math.round(n * 100) / 100;

/** Whole UTC days, both ends included: the 30 days up to today unless asked. */
export function demandRange(query: DemandReportQuery, now: Date) {
  const to = query.to ?? isoDay(now);
  const from = query.from ?? isoDay(new Date(Date.parse(to) - (defaultDemandDays - 1) * dayMs));
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + dayMs);
  return { from, to, days: Math.round((end.getTime() - start.getTime()) / dayMs), start, end };
}

async function mostRequested(db: Db, window: DemandWindow): Promise<RequestedIdea[]> {
  const rows = await requestedIdeas(db, window, demandLimits.ideas);
  const voters = await votersOf(
    db,
    rows.map((row) => row.id),
    window,
  );
  const weights = await memberWeights(db, [...new Set(voters.map((vote) => vote.memberId))]);
  const demand = new Map<string, number>();
  for (const vote of voters)
    demand.set(vote.ideaId, (demand.get(vote.ideaId) ?? 0) + voterWeight(weights.get(vote.memberId)));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    board: { name: row.boardName, slug: row.boardSlug },
    link: `/ideas/${row.id}`,
    votes: row.votes,
    totalVotes: row.voteCount,
    byChannel: { board: row.board, conversation: row.conversation, mention: row.mention, post: row.post },
    demand: round(demand.get(row.id) ?? 0),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The rows that read as bug reports, with their key phrases, by the listening classifier. */
function classified(channel: BugChannel, rows: readonly SaidRow[]): BugReport[] {
  return rows.flatMap((row) => {
    const { intent, keyPhrases } = intentAndPhrases(row.title, row.text);
    return intent === 'bug' ? [{ channel, id: row.id, title: row.title, keyPhrases, at: row.at }] : [];
  });
}

async function mostReported(db: Db, window: DemandWindow): Promise<DemandReport['bugs']> {
  // One more than the cap tells whether there were more.
  const [mentions, messages, threads] = await Promise.all([
    bugMentions(db, window, bugReadCap + 1),
    openingMessages(db, window, bugReadCap + 1),
    openingThreads(db, window, bugReadCap + 1),
  ]);
  const capped = [mentions, messages, threads].some((rows) => rows.length > bugReadCap);
  const reports: BugReport[] = [
    ...mentions.slice(0, bugReadCap).map((row) => ({ channel: 'mention' as const, ...row })),
    ...classified('conversation', messages.slice(0, bugReadCap)),
    ...classified('thread', threads.slice(0, bugReadCap)),
  ];
  const count = (channel: BugChannel) => reports.filter((report) => report.channel === channel).length;
  return {
    reports: {
      total: reports.length,
      mention: count('mention'),
      conversation: count('conversation'),
      thread: count('thread'),
    },
    read: {
      mention: Math.min(mentions.length, bugReadCap),
      conversation: Math.min(messages.length, bugReadCap),
      thread: Math.min(threads.length, bugReadCap),
    },
    readCap: bugReadCap,
    capped,
    themes: bugThemes(reports, demandLimits),
  };
}

/**
 * The demand report (F4): the open ideas most voted for in the range, counting votes from every
 * channel (board clicks and votes staff captured from conversations, mentions and posts), and the
 * bugs most reported in listening mentions, inbox conversations and forum threads, by theme.
 */
export async function demandReport(
  ctx: AppContext,
  actor: Actor | null,
  query: DemandReportQuery,
): Promise<DemandReport> {
  ideaPolicy.authorize(actor, 'report');
  const range = demandRange(query, ctx.clock.now());
  const window: DemandWindow = { start: range.start, end: range.end };
  const db = ctx.database.db;
  const top = await mostRequested(db, window);
  const newIdeas = { total: 0, board: 0, conversation: 0, mention: 0, post: 0 };
  for (const row of await newIdeaCounts(db, window)) {
    const channel = row.sourceKind ?? 'board';
    if (channel in newIdeas) newIdeas[channel as keyof typeof newIdeas] += row.count;
    newIdeas.total += row.count;
  }
  return {
    range: { from: range.from, to: range.to, days: range.days, timezone: 'UTC' },
    ideas: { top, newIdeas },
    bugs: await mostReported(db, window),
  };
}
