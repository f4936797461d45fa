import type { Database } from './types.ts';

const firstRunMs = 30_000;
const everyMs = 15 * 60_000;

/**
 * PGlite runs no autovacuum: without this, the planner never gets statistics (a forum search
 * then loops over every post) and full-text indexes never merge their pending entries. A
 * VACUUM ANALYZE every 15 minutes takes about a second at 50,000 posts, during which other
 * queries wait their turn on the one connection. PostgreSQL has autovacuum and needs none of it.
 */
export function startEmbeddedMaintenance(
  database: Database,
  log: { warn(o: object, m: string): void },
): () => void {
  if (database.kind !== 'pglite') return () => undefined;
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    vacuumAnalyze(database)
      .catch((error: unknown) => log.warn({ err: error }, 'embedded database maintenance failed'))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, firstRunMs);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

export async function vacuumAnalyze(database: Database): Promise<void> {
  await database.sql.query('vacuum analyze');
}
