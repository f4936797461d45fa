import type { AppContext } from '../../context.ts';
import type { ModuleLog } from '../../http/module.ts';
import { checkSpikes } from './use-cases/check-spikes.ts';

// One watch per running Hearth (tests run several in one process).
const nudges = new WeakMap<AppContext, () => void>();

/** New mentions were stored: look for a spike soon rather than at the next regular check. */
export function nudgeSpikeWatch(ctx: AppContext): void {
  nudges.get(ctx)?.();
}

/**
 * Runs the spike check on a steady interval and shortly after each stored batch (debounced), one
 * run at a time in this process.
 */
export function startSpikeWatch(
  ctx: AppContext,
  log: ModuleLog,
  options: { intervalMs: number; debounceMs: number },
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  let soon: NodeJS.Timeout | null = null;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = pass();
    await running;
  };
  const pass = async () => {
    try {
      const raised = await checkSpikes(ctx);
      if (raised.length > 0) log.info({ alerts: raised }, 'listening alerts raised');
    } catch (error) {
      log.error({ err: error }, 'listening spike check failed');
    } finally {
      running = null;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  const timer = setInterval(() => void run(), options.intervalMs);
  timer.unref();
  nudges.set(ctx, () => {
    if (soon) return;
    soon = setTimeout(() => {
      soon = null;
      void run();
    }, options.debounceMs);
    soon.unref();
  });
  return async () => {
    clearInterval(timer);
    if (soon) clearTimeout(soon);
    nudges.delete(ctx);
    again = false;
    await running;
  };
}
