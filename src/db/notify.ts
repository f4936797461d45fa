import type { SqlClient } from './types.ts';

export const eventsChannel = 'hearth_events';

/**
 * Sends a NOTIFY inside the caller's transaction: it is delivered only if the transaction
 * commits, to every app node listening (PostgreSQL) or to this process (PGlite).
 */
export async function notifyInTransaction(sql: SqlClient, payload: unknown): Promise<void> {
  await sql.query('select pg_notify($1, $2)', [eventsChannel, JSON.stringify(payload)]);
}
