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
  const listeners = new Set<Listener>();
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
      const listener = new Listener(url, channel, onMessage);
      await listener.connect();
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        await listener.stop();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((listener) => listener.stop()));
      await pool.end();
    },
  };
}

/**
 * LISTEN needs a connection of its own that stays open. When the server drops it (restart,
 * failover), it reconnects with back-off, so live updates on this node do not stop for good.
 */
class Listener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = 500;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onMessage: (payload: string) => void,
  ) {}

  async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'hearth-listen' });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onMessage(message.payload ?? '');
    });
    client.on('error', () => this.reconnectLater(client));
    client.on('end', () => this.reconnectLater(client));
    await client.connect();
    await client.query(`listen "${this.channel.replace(/"/g, '')}"`);
    this.client = client;
    this.retryMs = 500;
  }

  private reconnectLater(lost: pg.Client): void {
    if (this.stopped || this.client !== lost) return;
    this.client = null;
    const retry = () => {
      if (this.stopped) return;
      this.connect().catch(() => {
        this.retryMs = Math.min(this.retryMs * 2, 30_000);
        setTimeout(retry, this.retryMs).unref();
      });
    };
    setTimeout(retry, this.retryMs).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
