import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, wrapPglite } from '../../src/db/index.ts';
import { migrationsHash } from './migrations-hash.ts';

/**
 * A fresh PGlite runs initdb (~3 s). Instead one database is migrated and dumped, and every
 * test file loads the dump into memory (~0.4 s). The dump is cached per migrations content.
 */
export async function setup(project: TestProject): Promise<void> {
  const path = join(tmpdir(), `hearth-test-template-${migrationsHash()}.tar`);
  if (!existsSync(path)) {
    const client = await PGlite.create({ extensions: { pg_trgm } });
    await migrateDatabase(wrapPglite(client), null);
    const dump = await client.dumpDataDir('none');
    await client.close();
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  }
  project.provide('dbKind', 'pglite');
  project.provide('pgliteTemplate', path);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbKind: 'pglite' | 'postgres';
    pgliteTemplate: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
  }
}
