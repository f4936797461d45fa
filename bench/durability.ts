import { setTimeout as delay } from 'node:timers/promises';
import { openDatabase } from '../src/db/index.ts';
import { verifyAuditChain } from '../src/modules/audit/index.ts';
import { prepareTarget, type BenchTarget } from './database.ts';
import { emit, log, progressBar, round, type DbKind } from './output.ts';
import { killChild, stopChild } from './processes.ts';
import { startHearth, type RunningServer } from './servers.ts';
import { Session } from './session.ts';
import { startWrites } from './writers.ts';

const kills = 30;
const concurrency = 8;
const baselineSeconds = 5;
const killAfterMs = { min: 200, max: 1500 };
const restartAttempts = 3;
const lossNote: Record<DbKind, string> = {
  pglite: 'SIGKILL of the server process, not power loss: PGlite runs with fsync=off',
  postgres: 'SIGKILL of the Hearth process only; the PostgreSQL server keeps running',
};

interface Tally {
  acked: Set<string>;
  loadMs: number;
  restartMs: number[];
  failedRestarts: number;
  signIns: number;
  /** Acknowledged during the uninterrupted baseline run. */
  baselineAcked: number;
}

/**
 * `hearth bench durability`: the real server is SIGKILLed at random moments under concurrent
 * writes; after the last restart and a clean stop, every acknowledged row must be in the data.
 */
export async function benchDurability(db: DbKind): Promise<void> {
  const target = await prepareTarget(db);
  const tally: Tally = {
    acked: new Set(),
    loadMs: 0,
    restartMs: [],
    failedRestarts: 0,
    signIns: 0,
    baselineAcked: 0,
  };
  try {
    log(`Starting Hearth on a new ${db} database (migrates and seeds the demo)…`);
    const first = await startHearth(target);
    const session = new Session(first.url);
    const baseline = await uninterrupted(first, session, tally);
    await stopChild(first.child);
    await killRounds(target, session, tally);
    const last = await restart(target, tally);
    await stopChild(last.child);
    await report(target, tally, baseline);
  } finally {
    await target.dispose();
  }
}

async function uninterrupted(server: RunningServer, session: Session, tally: Tally): Promise<number> {
  await ensureSignedIn(session, tally);
  log(`Baseline: ${concurrency} concurrent writers for ${baselineSeconds} s without kills`);
  const load = startWrites(session, concurrency);
  await delay(baselineSeconds * 1000);
  load.stop();
  await load.done;
  const seconds = (performance.now() - load.startedAt) / 1000;
  for (const id of load.acked) tally.acked.add(id);
  tally.baselineAcked = load.acked.length;
  return load.acked.length / seconds;
}

async function killRounds(target: BenchTarget, session: Session, tally: Tally): Promise<void> {
  log(
    `${kills} rounds: restart, write with ${concurrency} writers, SIGKILL after ${killAfterMs.min}–${killAfterMs.max} ms`,
  );
  const bar = await progressBar('SIGKILL rounds', kills);
  try {
    for (let round = 0; round < kills; round++) {
      const server = await restart(target, tally);
      session.baseUrl = server.url;
      await ensureSignedIn(session, tally);
      const load = startWrites(session, concurrency);
      await delay(killAfterMs.min + Math.random() * (killAfterMs.max - killAfterMs.min));
      await killChild(server.child);
      tally.loadMs += performance.now() - load.startedAt;
      await load.done;
      for (const id of load.acked) tally.acked.add(id);
      bar.tick();
    }
  } finally {
    bar.stop();
  }
}

/** Starts the server on the same data; a start that exits or never answers counts as a failed restart. */
async function restart(target: BenchTarget, tally: Tally): Promise<RunningServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      const server = await startHearth(target, {}, 60_000);
      tally.restartMs.push(server.startMs);
      return server;
    } catch (error) {
      tally.failedRestarts++;
      log(`Restart failed (attempt ${attempt}): ${String(error)}`);
      if (attempt >= restartAttempts) throw error;
    }
  }
}

/** Sessions are rows in the database, so the cookie normally survives a kill; sign in only if it did not. */
async function ensureSignedIn(session: Session, tally: Tally): Promise<void> {
  const me = await session.get('/api/me');
  await me.arrayBuffer();
  if (me.status === 200) return;
  await session.signInAsAdmin();
  tally.signIns++;
}

/** Opens the data after the final clean stop, from this process, the way a backup tool would. */
async function storedIds(target: BenchTarget): Promise<{ ids: Set<string>; chainOk: boolean }> {
  const database = await openDatabase({
    databaseUrl: target.databaseUrl,
    dataDir: target.dataDir,
    databasePoolSize: 1,
  });
  try {
    const { rows } = await database.sql.query<{ id: string }>('select id from invitations');
    const chain = await verifyAuditChain(database);
    return { ids: new Set(rows.map((row) => row.id)), chainOk: chain.ok };
  } finally {
    await database.close();
  }
}

async function report(target: BenchTarget, tally: Tally, baselinePerS: number): Promise<void> {
  const { ids, chainOk } = await storedIds(target);
  const lost = [...tally.acked].filter((id) => !ids.has(id)).length;
  const killRoundAcked = tally.acked.size - tally.baselineAcked;
  const underKillPerS = tally.loadMs > 0 ? killRoundAcked / (tally.loadMs / 1000) : 0;
  const restarts = tally.restartMs;
  const common = {
    bench: 'durability.sigkill',
    db: target.db,
    kills,
    concurrency,
    failed_restarts: tally.failedRestarts,
    restart_ms_mean: round(restarts.reduce((a, b) => a + b, 0) / Math.max(1, restarts.length)),
    restart_ms_max: round(Math.max(...restarts)),
    sign_ins: tally.signIns,
  };
  emit({
    ...common,
    metric: 'acknowledged_writes_lost',
    value: lost,
    baseline: 'acknowledged_writes',
    baseline_value: tally.acked.size,
    n: tally.acked.size,
    stored_rows: ids.size,
    committed_not_acknowledged: ids.size - (tally.acked.size - lost),
    audit_chain_ok: chainOk,
    goal: 0,
    note: lossNote[target.db],
  });
  emit({
    ...common,
    metric: 'writes_per_s',
    value: round(underKillPerS),
    baseline: 'writes_per_s_uninterrupted',
    baseline_value: round(baselinePerS),
    n: killRoundAcked,
    note: `POST /api/admin/invitations, ${concurrency} concurrent writers; value counts only the load windows`,
  });
}
