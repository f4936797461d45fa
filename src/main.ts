import { resolve } from 'node:path';
import type { Config } from './config/index.ts';
import {
  lockDataDir,
  migrateDatabase,
  openDatabase,
  startEmbeddedMaintenance,
  type Database,
} from './db/index.ts';
import { startDemoActivity } from './demo/activity.ts';
import { seedDemo } from './demo/seed.ts';
import { createHearth, type Hearth } from './hearth.ts';
import { demoLogins } from './modules/system/index.ts';

export interface RunningHearth {
  hearth: Hearth;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the configured database, taking the data-folder lock first when it is the embedded one. */
export async function openConfiguredDatabase(
  config: Config,
): Promise<{ database: Database; release: () => void }> {
  const release = config.databaseUrl ? () => undefined : lockDataDir(resolve(config.dataDir));
  try {
    const database = await openDatabase({ ...config, dataDir: resolve(config.dataDir) });
    await migrateDatabase(database, config.databaseUrl);
    return { database, release };
  } catch (error) {
    release();
    throw error;
  }
}

/** The composition root: config → database → migrations → jobs → HTTP → listen. */
export async function startServer(config: Config): Promise<RunningHearth> {
  const { database, release } = await openConfiguredDatabase(config);
  const hearth = await createHearth({ config, database });
  const seeded = config.demo ? await seedDemo(hearth.ctx) : false;
  const stopDemo = config.demo
    ? startDemoActivity(hearth.ctx, config.demoActivitySeconds, hearth.app.log)
    : () => undefined;
  const stopMaintenance = startEmbeddedMaintenance(database, hearth.app.log);
  const address = await hearth.app.listen({ port: config.port, host: config.host });
  const port = new URL(address).port;
  const url = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? `http://localhost:${port}` : address;
  announce(url, database.kind, config, seeded);
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      stopDemo();
      stopMaintenance();
      await hearth.close();
      await database.close();
      release();
    })());
  return { hearth, database, url, stop };
}

function announce(url: string, db: string, config: Config, seeded: boolean): void {
  const lines = [
    ``,
    `  Hearth is running at ${url}  (database: ${db}${db === 'pglite' ? `, data in ${resolve(config.dataDir)}` : ''})`,
  ];
  if (config.demo && !['127.0.0.1', 'localhost', '::1'].includes(config.host)) {
    lines.push(
      `  WARNING: the demo is on and Hearth listens on ${config.host}: anyone who reaches it can sign in as admin.`,
    );
  }
  if (config.demo) {
    lines.push(seeded ? '  A demo community was created. Sign in with:' : '  Demo community. Sign in with:');
    for (const login of demoLogins)
      lines.push(`    ${login.role.padEnd(10)} ${login.email}  /  ${login.password}`);
  }
  lines.push('  Stop with Ctrl+C.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}
