import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type DbKind = 'pglite' | 'postgres';

/** The drizzle query builder, the same type on both backends. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Raw parameterised SQL, for libraries that bring their own SQL (pg-boss) and for NOTIFY. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** One open transaction: both views of it write to the same snapshot and commit together. */
export interface Tx {
  db: Db;
  sql: SqlClient;
}

export interface Database {
  kind: DbKind;
  /** Autocommit access, for reads and single statements. */
  db: Db;
  sql: SqlClient;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Subscribes to NOTIFY on a channel; returns the unsubscribe function. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
