import { join } from 'node:path';
import { projectRoot } from '../src/core/paths.ts';
import type { DbKind } from './output.ts';
import { freePort, spawnChild, waitFor200, type Child } from './processes.ts';

export interface RunningServer {
  child: Child;
  url: string;
  /** Spawn → first 200, in ms. */
  startMs: number;
}

export interface HearthTarget {
  db: DbKind;
  dataDir: string;
  /** Set for PostgreSQL runs; PGlite runs blank it so a DATABASE_URL in the shell cannot leak in. */
  databaseUrl: string | null;
}

/**
 * The real product as a user runs it (`node bin/hearth.js start`, the esbuild bundle). The global
 * rate limit stays registered but is set to its maximum so a load test does not trip it.
 */
export async function startHearth(
  target: HearthTarget,
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawnChild(
    [join(projectRoot, 'bin', 'hearth.js'), 'start'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      HEARTH_DATA_DIR: target.dataDir,
      DATABASE_URL: target.databaseUrl ?? '',
      HEARTH_DEMO: 'true',
      HEARTH_DEMO_ACTIVITY_SECONDS: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: String(maxRateLimitPerMinute),
      ...env,
    },
    projectRoot,
  );
  const url = `http://127.0.0.1:${port}`;
  const startMs = await waitFor200(child, `${url}/api/health`, timeoutMs);
  return { child, url, startMs };
}

/** The largest RATE_LIMIT_PER_MINUTE the config accepts (src/config/schema.ts). */
export const maxRateLimitPerMinute = 1_000_000;

const helloSource = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

/** The baseline: the least a Node HTTP server can do. */
export async function startHello(): Promise<RunningServer> {
  const port = await freePort();
  const child = spawnChild(['-e', helloSource], { PORT: String(port) }, projectRoot);
  const url = `http://127.0.0.1:${port}`;
  const startMs = await waitFor200(child, `${url}/`, 10_000);
  return { child, url, startMs };
}
