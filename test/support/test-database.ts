import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/db/index.ts';
import { createDatabase, dropDatabase } from './postgres-server.ts';

export interface TestDatabase {
  database: Database;
  /** The PostgreSQL URL, or null on PGlite. */
  url: string | null;
  dispose(): Promise<void>;
}

/** A migrated, empty database of the kind this test project runs on, private to the caller. */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (inject('dbKind') === 'postgres') {
    const adminUrl = inject('postgresAdminUrl');
    const name = `hearth_test_${randomBytes(6).toString('hex')}`;
    const url = await createDatabase(adminUrl, name, inject('postgresTemplate'));
    const database = await openPostgres(url, 5);
    return {
      database,
      url,
      dispose: async () => {
        await database.close();
        await dropDatabase(adminUrl, name);
      },
    };
  }
  const dump = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const database = await openPglite(null, { loadDataDir: dump });
  return { database, url: null, dispose: () => database.close() };
}
