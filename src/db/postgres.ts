import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Database, Db, SqlClient } from './types.ts';

// Postgres returns bigint (int8) as a string by default; our counts and ids fit in a JS number.
pg.types.setTypeParser(20, (value) => Number(value));

export async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'hearth' });
  // An idle client that loses its server emits 'error'; without a listener that would crash the process.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const listeners = new Set<pg.Client>();
  return {
    kind: 'postgres',
    db: drizzle({ client: pool }) as unknown as Db,
    sql: pool as unknown as SqlClient,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          db: drizzle({ client }) as unknown as Db,
          sql: client as unknown as SqlClient,
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onMessage) => {
      // LISTEN needs a connection of its own that stays open; pooled clients come and go.
      const client = new pg.Client({ connectionString: url, application_name: 'hearth-listen' });
      client.on('error', () => undefined);
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) onMessage(message.payload ?? '');
      });
      await client.query(`listen "${channel.replace(/"/g, '')}"`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((client) => client.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
