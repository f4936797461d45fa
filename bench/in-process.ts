import { loadConfig } from '../src/config/load.ts';
import type { Database } from '../src/db/index.ts';
import { createHearth, type Hearth } from '../src/hearth.ts';
import { openConfiguredDatabase } from '../src/main.ts';
import type { BenchTarget } from './database.ts';

export interface InProcessHearth {
  hearth: Hearth;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/**
 * Hearth in this process on the target database, listening on a loopback port, so a bench can time
 * use cases and HTTP alike. Background work (jobs, timers) runs as in production when `work` is on.
 */
export async function startInProcessHearth(target: BenchTarget, work: boolean): Promise<InProcessHearth> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const config = loadConfig({
    ...env,
    HEARTH_DATA_DIR: target.dataDir,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    HEARTH_DEMO: 'off',
    INBOUND_SMTP_PORT: '-1',
    // The bench's one client IP sends far more than a person would; rate limits are not the subject.
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const { database, release } = await openConfiguredDatabase(config);
  const hearth = await createHearth({ config, database, work, logLevel: 'warn' });
  const url = await hearth.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    hearth,
    database,
    url,
    close: async () => {
      await hearth.close();
      await database.close();
      release();
    },
  };
}
