import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { like } from 'drizzle-orm';
import { loadConfig, type Config } from '../src/config/index.ts';
import { fixedClock } from '../src/core/clock.ts';
import { migrateDatabase, openDatabase, type Database } from '../src/db/index.ts';
import { createHearth, type Hearth } from '../src/hearth.ts';
import { signatureHeader, signatureHeaderValue } from '../src/modules/inbox/index.ts';
import { createChannel } from '../src/modules/inbox/use-cases/api-channels.ts';
import { publishedExpectations, type ExpectationsDto } from '../src/modules/inbox/use-cases/expectations.ts';
import { createPolicy } from '../src/modules/inbox/use-cases/manage-sla.ts';
import { replyToConversation } from '../src/modules/inbox/use-cases/reply.ts';
import type { Actor } from '../src/core/actor.ts';
import { recentFirstResponses } from '../src/modules/inbox/queries/stats.ts';
import { maxDays } from '../src/modules/inbox/report-schemas.ts';
import { inboxReport } from '../src/modules/inbox/use-cases/inbox-report.ts';
import { conversations } from '../src/modules/inbox/tables.ts';
import { businessMsBetween, quantile } from '../src/modules/sla/index.ts';
import { createDatabase, dropDatabase } from '../test/support/postgres-server.ts';
import type { BenchTarget } from './database.ts';
import { replayOrder, threadKeys, type Tweet } from './inbox-twcs.ts';
import { actorFor, insertInboxUsers } from './inbox-users.ts';
import { log, progressBar } from './output.ts';
import { maxRateLimitPerMinute } from './servers.ts';

export interface StoredConversation {
  /** The TWCS thread key, read back from the channel ref. */
  thread: number;
  createdAt: Date;
  firstResponseAt: Date | null;
}

export interface ReplayRun {
  stored: StoredConversation[];
  /** Hearth's own figures over every answered conversation: its query, its 24/7 clock, its quantile. */
  hearth: { answered: number; medianMinutes: number | null; p90Minutes: number | null };
  /** The inbox report (use-cases/inbox-report.ts) over its longest range, 92 days to the last tweet's day (UTC). */
  report: {
    from: string;
    to: string;
    count: number;
    medianMinutes: number | null;
    p90Minutes: number | null;
  };
  /** What Hearth's public page says at the last tweet's moment (its own query and quantiles, 14 days). */
  expectations: ExpectationsDto['firstResponse'];
  /** Brand tweets whose thread had no conversation yet (their customer's tweet is not in the sample). */
  skippedReplies: number;
  seconds: number;
}

/** The replay gets a database of its own, so its 2017 conversations stay out of the server figures. */
async function openReplayDatabase(target: BenchTarget) {
  if (!target.databaseUrl) {
    const dataDir = join(dirname(target.dataDir), 'replay');
    const database = await openDatabase({ databaseUrl: null, dataDir, databasePoolSize: 1 });
    return { database, url: null, dataDir, drop: async () => undefined };
  }
  const name = `hearth_bench_replay_${randomBytes(4).toString('hex')}`;
  const url = await createDatabase(target.databaseUrl, name);
  const database = await openDatabase({ databaseUrl: url, dataDir: target.dataDir, databasePoolSize: 5 });
  return { database, url, dataDir: target.dataDir, drop: () => dropDatabase(target.databaseUrl ?? '', name) };
}

/**
 * TWCS through the real inbox, in time order, with the app's clock set to each tweet's own time:
 * customer tweets are signed POSTs to the API channel (app.inject: the whole HTTP pipeline,
 * signature check included, without a socket); brand tweets are agent replies through the reply
 * use case (the API channel keeps them in Hearth). The SLA policy runs around the clock.
 */
export async function replayTwcs(target: BenchTarget, tweets: readonly Tweet[]): Promise<ReplayRun> {
  const ordered = replayOrder(tweets);
  const clock = fixedClock(new Date(ordered[0]?.at ?? 0));
  const opened = await openReplayDatabase(target);
  let hearth: Hearth | null = null;
  try {
    await migrateDatabase(opened.database, opened.url);
    const config: Config = {
      ...loadConfig({}),
      demo: false,
      logLevel: 'silent',
      databaseUrl: opened.url,
      dataDir: opened.dataDir,
      rateLimitPerMinute: maxRateLimitPerMinute,
      inboundSmtpPort: -1,
    };
    // work: false: no job workers and no SLA sweep on a real-time timer; the clock is ours.
    hearth = await createHearth({
      config,
      database: opened.database,
      clock,
      logLevel: 'silent',
      work: false,
    });
    const [admin, agent] = await insertInboxUsers(opened.database.db, 'replay', ['admin', 'agent']);
    if (!admin || !agent) throw new Error('Replay users missing');
    const channel = await createChannel(hearth.ctx, actorFor(admin), 'TWCS replay');
    await createPolicy(hearth.ctx, actorFor(admin), {
      name: 'Around the clock',
      conditions: [],
      firstResponseMinutes: 60,
      nextResponseMinutes: 60,
      resolutionMinutes: null,
      warnBeforeMinutes: [15],
      businessHours: false,
      escalation: [],
    });
    const started = performance.now();
    const skippedReplies = await replay(hearth, ordered, clock, { ...channel, agent: actorFor(agent) });
    const seconds = (performance.now() - started) / 1000;
    const expectations = (await publishedExpectations(hearth.ctx)).firstResponse;
    const report = await lastQuarterReport(hearth, actorFor(admin), ordered.at(-1)?.at ?? 0);
    return {
      stored: await storedConversations(opened.database, channel.id),
      hearth: await hearthFirstResponse(opened.database),
      report,
      expectations,
      skippedReplies,
      seconds,
    };
  } finally {
    await hearth?.close();
    await opened.database.close();
    await opened.drop();
  }
}

async function replay(
  hearth: Hearth,
  ordered: readonly Tweet[],
  clock: ReturnType<typeof fixedClock>,
  channel: { id: string; secret?: string; agent: ReturnType<typeof actorFor> },
): Promise<number> {
  const secret = channel.secret ?? '';
  const keys = threadKeys(ordered);
  const conversationOf = new Map<number, string>();
  let skipped = 0;
  log(`Replaying ${ordered.length} TWCS tweets through the inbox (clock set to each tweet's time)…`);
  const bar = await progressBar('inbox replay', ordered.length);
  try {
    for (const tweet of ordered) {
      clock.set(new Date(tweet.at));
      const thread = keys.get(tweet.id) ?? tweet.id;
      if (tweet.inbound)
        conversationOf.set(thread, await postInbound(hearth, channel.id, secret, tweet, thread));
      else {
        const id = conversationOf.get(thread);
        if (id) {
          const input = { markdown: tweet.text, confirm: true, then: 'pending' as const };
          await replyToConversation(hearth.ctx, channel.agent, id, input);
        } else skipped += 1;
      }
      bar.tick();
    }
  } finally {
    bar.stop();
  }
  return skipped;
}

/** One customer tweet as a signed request, signed at the app's (fake) now. */
async function postInbound(
  hearth: Hearth,
  channelId: string,
  secret: string,
  tweet: Tweet,
  thread: number,
): Promise<string> {
  const body = JSON.stringify({
    conversationId: `twcs-${thread}`,
    messageId: `twcs-${tweet.id}`,
    text: tweet.text,
    at: new Date(tweet.at).toISOString(),
    from: { id: tweet.author, name: `@${tweet.author}` },
  });
  const response = await hearth.app.inject({
    method: 'POST',
    url: `/api/inbox/channels/${channelId}/messages`,
    headers: {
      'content-type': 'application/json',
      [signatureHeader]: signatureHeaderValue(secret, Math.floor(tweet.at / 1000), body),
    },
    payload: body,
  });
  const result = response.json<{ conversationId: string | null }>();
  if (response.statusCode !== 202 || !result.conversationId)
    throw new Error(`Tweet ${tweet.id}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return result.conversationId;
}

/** The report as a manager asks for it: the last quarter (maxDays, both ends included), API channel. */
async function lastQuarterReport(
  hearth: Hearth,
  manager: Actor,
  lastAt: number,
): Promise<ReplayRun['report']> {
  const to = new Date(lastAt).toISOString().slice(0, 10);
  const from = new Date(Date.parse(to) - (maxDays - 1) * 86_400_000).toISOString().slice(0, 10);
  const { firstResponse } = await inboxReport(hearth.ctx, manager, { from, to, channel: 'api' });
  const { count, medianMinutes, p90Minutes } = firstResponse;
  return { from, to, count, medianMinutes, p90Minutes };
}

/**
 * The public page's computation (use-cases/expectations.ts) without its 14-day window, which the
 * 2011–2017 replay would mostly fall out of: recentFirstResponses, business time on a 24/7
 * calendar (null), the SLA module's quantile.
 */
async function hearthFirstResponse(database: Database): Promise<ReplayRun['hearth']> {
  const samples = await recentFirstResponses(database.db, new Date(0), 20_000);
  const minutes = samples.flatMap((sample) =>
    sample.firstResponseAt
      ? [businessMsBetween(null, sample.createdAt.getTime(), sample.firstResponseAt.getTime()) / 60_000]
      : [],
  );
  return {
    answered: minutes.length,
    medianMinutes: quantile(minutes, 0.5),
    p90Minutes: quantile(minutes, 0.9),
  };
}

async function storedConversations(database: Database, channelId: string): Promise<StoredConversation[]> {
  const prefix = `${channelId}:twcs-`;
  const rows = await database.db
    .select({
      ref: conversations.channelRef,
      createdAt: conversations.createdAt,
      firstResponseAt: conversations.firstResponseAt,
    })
    .from(conversations)
    .where(like(conversations.channelRef, `${prefix}%`));
  return rows.map((row) => ({
    thread: Number(row.ref.slice(prefix.length)),
    createdAt: row.createdAt,
    firstResponseAt: row.firstResponseAt,
  }));
}
