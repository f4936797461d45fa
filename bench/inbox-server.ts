import { setTimeout as delay } from 'node:timers/promises';
import { count, like, sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/index.ts';
import { conversations } from '../src/modules/inbox/tables.ts';
import type { BenchTarget } from './database.ts';
import { expectOk, signIn } from './forum-client.ts';
import type { MixResult } from './forum-load.ts';
import { backlogSize, insertBacklog, type Backlog } from './inbox-backlog.ts';
import { measureHealth, measureIngest, measureViews, type LoadFigure } from './inbox-load.ts';
import { inboxServerEnv, prepareInbox, type InboxSetup } from './inbox-setup.ts';
import type { Tweet } from './inbox-twcs.ts';
import { emit, log, round, type DbKind } from './output.ts';
import { stopChild } from './processes.ts';
import { startHearth, type RunningServer } from './servers.ts';

const listGoalP99Ms = 50;
const ingestGoalP99Ms = 1000;
const ingestConnections = 10;
/** A running Hearth on PGlite does VACUUM ANALYZE 30 s after start (src/db/maintenance.ts). */
const firstMaintenanceMs = 30_000;

/** `hearth bench inbox`, parts 2 and 3: the list over a 100,000-conversation backlog, then ingest. */
export async function benchServer(target: BenchTarget, tweets: readonly Tweet[]): Promise<void> {
  const texts = tweets.filter((tweet) => tweet.inbound);
  const setup = await prepareInbox(target);
  const backlog = await insertBacklog(target, setup, texts);
  const spawned = performance.now();
  const hearth = await startHearth(target, inboxServerEnv);
  let ingest: Awaited<ReturnType<typeof measureIngest>>;
  try {
    const watcher = setup.teams[0]?.backlog[0];
    const agent = await signIn(hearth.url, watcher?.email ?? '');
    const healthOne = await measureHealth(hearth, 1);
    const healthMany = await measureHealth(hearth, ingestConnections);
    await afterFirstMaintenance(target.db, hearth, spawned);
    const views = await measureViews(hearth, agent, setup);
    ingest = await measureIngest(hearth, setup, texts, ingestConnections);
    for (const figure of views) emitList(figure, target.db, healthOne, backlog);
    await stopChild(hearth.child);
    emitIngest(ingest, target.db, healthMany, await routedCheck(target, setup));
  } finally {
    await stopChild(hearth.child);
  }
}

/** On PGlite, wait out the server's first VACUUM ANALYZE, which holds the one connection for its run. */
async function afterFirstMaintenance(db: DbKind, hearth: RunningServer, spawned: number): Promise<void> {
  if (db !== 'pglite') return;
  const waitMs = spawned + firstMaintenanceMs + 1000 - performance.now();
  log(`Waiting ${round(Math.max(0, waitMs) / 1000)} s for the server's first VACUUM ANALYZE…`);
  if (waitMs > 0) await delay(waitMs);
  await expectOk(hearth.url, '/api/health');
}

interface Routed {
  conversations: number;
  withoutTeam: number;
  unassigned: number;
}

/** With the server stopped: did every message the ingest figure sent open a routed, assigned conversation? */
async function routedCheck(target: BenchTarget, setup: InboxSetup): Promise<Routed> {
  const database = await openDatabase({ ...target, databasePoolSize: 1 });
  try {
    const c = conversations;
    const [row] = await database.db
      .select({
        conversations: count(),
        withoutTeam: sql<number>`count(*) filter (where ${c.teamId} is null)::int`,
        unassigned: sql<number>`count(*) filter (where ${c.assigneeId} is null)::int`,
      })
      .from(c)
      .where(like(c.channelRef, `${setup.channel.id}:load-%`));
    return row ?? { conversations: 0, withoutTeam: 0, unassigned: 0 };
  } finally {
    await database.close();
  }
}

function latencyFields(figure: LoadFigure, health: MixResult, goalMs: number) {
  const { result } = figure;
  return {
    metric: 'p99_ms',
    value: result.p99Ms,
    p50_ms: result.p50Ms,
    p99_ms: result.p99Ms,
    rss_mb: round(figure.rssMb),
    baseline: 'GET /api/health, same server',
    baseline_value: health.p99Ms,
    n: result.n,
    goal_p99_ms: goalMs,
    goal_met: result.n > 0 && result.failures === 0 && result.p99Ms <= goalMs,
    req_per_s: result.reqPerS,
    baseline_p50_ms: health.p50Ms,
    baseline_req_per_s: health.reqPerS,
    connections: figure.connections,
    failed: result.failures,
    server_cpu_us_per_req: round(result.cpuUsPerReq, 1),
  };
}

function emitList(figure: LoadFigure, db: DbKind, health: MixResult, backlog: Backlog): void {
  emit({
    bench: figure.bench,
    db,
    ...latencyFields(figure, health, listGoalP99Ms),
    ...figure.extra,
    open_conversations: backlogSize,
    backlog_unassigned: backlog.unassigned,
    agent_assigned: backlog.agentMine,
    backlog_insert_s: round(backlog.seconds, 2),
    note:
      'GET /api/inbox/conversations (first 50 and the view counts) as a signed-in agent of one team, one client, ' +
      `over ${backlogSize} open conversations (5 teams, 40 agents, 15% unassigned, due times -2..+5 days) ` +
      'bulk-inserted with the server stopped, then VACUUM ANALYZE. ratio = p99 / the health p99.',
  });
}

function emitIngest(
  figure: LoadFigure & { sent: () => number },
  db: DbKind,
  health: MixResult,
  routed: Routed,
): void {
  emit({
    bench: figure.bench,
    db,
    ...latencyFields(figure, health, ingestGoalP99Ms),
    sent: figure.sent(),
    conversations_opened: routed.conversations,
    without_team: routed.withoutTeam,
    unassigned: routed.unassigned,
    routed_and_assigned: routed.conversations > 0 && routed.withoutTeam === 0 && routed.unassigned === 0,
    open_conversations_before: backlogSize,
    note:
      'POST /api/inbox/channels/:id/messages (Hearth-Signature HMAC, a fresh conversation each) until the 202: ' +
      'signature check and replay store, 6 routing rules on the text, SLA policy (office hours calendar), team ' +
      'round robin over 18 agents of whom 8 hold the backlog (at capacity, passed over), the conversation, ' +
      `message and activity, one transaction. ${ingestConnections} clients, after the list figures. ` +
      'ratio = p99 / the health p99.',
  });
}
