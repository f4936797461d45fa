import type { AppContext } from '../../context.ts';
import { AppError } from '../../core/errors.ts';
import type { ModuleLog } from '../../http/module.ts';
import { readInboxSettings } from './queries/settings.ts';
import { latestRouterModelInfo } from './queries/router-models.ts';
import { alertCoverageGaps } from './use-cases/rota.ts';
import { sweepSla } from './use-cases/sweep-sla.ts';
import { trainFromHistory } from './use-cases/train-router.ts';

const sweepEveryMs = 15_000;
const sweepBatch = 200;
const coverageEveryMs = 60 * 60_000;
/** Hourly checks also run once this long after start (after the demo is seeded, say). */
const startupDelayMs = 45_000;
const retrainCheckEveryMs = 60 * 60_000;
/** The router relearns once a day: routing habits change slowly and training costs a second or two. */
const retrainAfterMs = 24 * 60 * 60_000;

/** Sweeps in batches until nothing due is left, so a backlog clears in one round. */
async function sweepAll(ctx: AppContext): Promise<void> {
  let swept: number;
  do swept = await sweepSla(ctx, sweepBatch);
  while (swept === sweepBatch);
}

async function retrainWhenStale(ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  if ((await readInboxSettings(db)).learnedRouting === 'off') return;
  const latest = await latestRouterModelInfo(db);
  if (latest && ctx.clock.now().getTime() - latest.trainedAt.getTime() < retrainAfterMs) return;
  try {
    await trainFromHistory(ctx);
  } catch (error) {
    // Too little history yet is the normal state of a young inbox, not a failure.
    if (!(error instanceof AppError && error.code === 'ROUTER_TOO_FEW_EXAMPLES')) throw error;
  }
}

/**
 * One repeating job that never overlaps itself; a failure is logged and the next round tries
 * again. `firstAfterMs` runs it once sooner, so an hourly check does not wait an hour after start.
 */
function every(
  ms: number,
  log: ModuleLog,
  what: string,
  job: () => Promise<unknown>,
  firstAfterMs = ms,
): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    job()
      .catch((error: unknown) => log.error({ err: error }, `${what} failed; it runs again shortly`))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, firstAfterMs);
  const timer = setInterval(run, ms);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** The inbox's background work: SLA sweep, rota coverage alerts, the learned router's retraining. */
export function startSchedules(ctx: AppContext, log: ModuleLog): () => void {
  const stops = [
    every(sweepEveryMs, log, 'SLA sweep', () => sweepAll(ctx)),
    every(coverageEveryMs, log, 'Coverage check', () => alertCoverageGaps(ctx), startupDelayMs),
    every(retrainCheckEveryMs, log, 'Learned router retraining', () => retrainWhenStale(ctx), startupDelayMs),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
