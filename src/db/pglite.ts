import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Db, SqlClient } from './types.ts';

// Postgres' default 128 MB of shared buffers lives inside the WebAssembly heap and counts fully in
// RSS; Hearth's working set is far smaller, and the OS page cache still holds the files.
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

interface PgliteLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(text: string): Promise<{ rows: unknown[] }[]>;
}

/**
 * Like PostgreSQL's simple query protocol, SQL without parameters may hold several statements
 * (pg-boss sends such scripts); it then answers with the last statement's rows.
 */
function sqlClientOf(client: PgliteLike): SqlClient {
  return {
    query: async <R>(text: string, params?: unknown[]) => {
      if (params && params.length > 0) return client.query<R>(text, params);
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as R[] };
    },
  };
}

/**
 * The embedded database. PGlite is one connection, so PGlite itself queues every query and a
 * transaction holds the connection until it ends: keep transactions short.
 */
export async function openPglite(
  dataDir: string | null,
  options: { loadDataDir?: Blob } = {},
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const fresh = dataDir !== null && !existsSync(join(dataDir, 'PG_VERSION'));
  const open = () =>
    PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm }, startParams, ...options });
  let client = await open();
  if (fresh) {
    // The WebAssembly memory grown by initdb is never returned; a reopen starts small again.
    await client.close();
    client = await open();
  }
  return wrapPglite(client);
}

export function wrapPglite(client: PGlite): Database {
  const sql = sqlClientOf(client);
  return {
    kind: 'pglite',
    db: drizzle({ client }) as unknown as Db,
    sql,
    transaction: (work) =>
      client.transaction(async (t) =>
        work({
          db: drizzle({ client: t as unknown as PGlite }) as unknown as Db,
          sql: sqlClientOf(t),
        }),
      ),
    listen: async (channel, onMessage) => {
      const unsubscribe = await client.listen(channel, onMessage);
      return async () => unsubscribe();
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}
