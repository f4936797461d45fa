import { loadConfig } from '../src/config/load.ts';
import type { Database } from '../src/db/index.ts';
import { createHearth, type Hearth } from '../src/hearth.ts';
import { openConfiguredDatabase } from '../src/main.ts';
import { createRule, createSource, type IncomingMention } from '../src/modules/listening/index.ts';
import type { Actor } from '../src/core/actor.ts';
import type { BenchTarget } from './database.ts';
import { benchRules } from './ingest-data.ts';

export interface IngestHearth {
  hearth: Hearth;
  database: Database;
  url: string;
  webhook: { id: string; secret: string };
  close(): Promise<void>;
}

/** The console's own identity: the bench configures listening as an admin would. */
const benchAdmin: Actor = {
  userId: '00000000-0000-4000-8000-00000000be01',
  role: 'admin',
  name: 'Bench',
  via: 'session',
  sessionId: null,
  tokenId: null,
  scope: 'session',
};

/**
 * Hearth in this process on the target database, listening on a loopback port: the bench times
 * the pipeline itself and the HTTP webhook in front of it. Background work (the spike watch, jobs)
 * runs as in production when `work` is on.
 */
export async function startIngestHearth(target: BenchTarget, work: boolean): Promise<IngestHearth> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const config = loadConfig({
    ...env,
    HEARTH_DATA_DIR: target.dataDir,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    HEARTH_DEMO: 'off',
    INBOUND_SMTP_PORT: '-1',
    // The bench's one client IP sends far more than a person would; a source's own limit is not the subject.
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const { database, release } = await openConfiguredDatabase(config);
  const hearth = await createHearth({ config, database, work, logLevel: 'warn' });
  const address = await hearth.app.listen({ port: 0, host: '127.0.0.1' });
  const existing = await database.sql.query<{ count: number }>(
    'select count(*)::int as count from listening_rules',
  );
  if ((existing.rows[0]?.count ?? 0) === 0)
    for (const rule of benchRules) await createRule(hearth.ctx, benchAdmin, { ...rule, alerts: true });
  const source = await createSource(hearth.ctx, benchAdmin, { kind: 'webhook', name: 'Bench webhook' });
  return {
    hearth,
    database,
    url: address,
    webhook: { id: source.id, secret: source.secret ?? '' },
    close: async () => {
      await hearth.close();
      await database.close();
      release();
    },
  };
}

export type { IncomingMention };
