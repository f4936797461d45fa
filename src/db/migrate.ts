import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrationsDir } from '../core/paths.ts';
import type { Database } from './types.ts';

// Any constant works; it only has to be the same on every app node.
const migrationLockKey = 7_205_118_302;

/** Applies the SQL files in migrations/ that this database has not seen yet. */
export async function migrateDatabase(database: Database, postgresUrl: string | null): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: migrationsDir });
    return;
  }
  if (!postgresUrl) throw new Error('A PostgreSQL database needs its URL to migrate');
  // Several app nodes may start at once: one migrates while the others wait on the advisory lock.
  // One pooled connection with no idle timeout keeps the session-level lock and the migration together.
  const pool = new pg.Pool({ connectionString: postgresUrl, max: 1, idleTimeoutMillis: 0 });
  try {
    await pool.query('select pg_advisory_lock($1)', [migrationLockKey]);
    await migratePg(drizzlePg({ client: pool }), { migrationsFolder: migrationsDir });
    await pool.query('select pg_advisory_unlock($1)', [migrationLockKey]);
  } finally {
    await pool.end();
  }
}
