import type { AppContext } from '../../context.ts';
import type { ModuleLog } from '../../http/module.ts';
import { recomputeAllLifecycles } from './use-cases/lifecycle.ts';

/**
 * Stages follow activity as it happens; time alone moves them too (a regular who goes quiet is at
 * risk, then gone), so every member is looked at again a little after start and then every few hours.
 */
export function startLifecycleSweep(
  ctx: AppContext,
  log: ModuleLog,
  options: { firstAfterMs: number; everyMs: number },
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const sweep = () => {
    if (running) return;
    running = recomputeAllLifecycles(ctx)
      .then((result) => log.info(result, 'member stages recomputed'))
      .catch((error: unknown) => log.error({ err: error }, 'member stage sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(sweep, options.firstAfterMs);
  const timer = setInterval(sweep, options.everyMs);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
