import PgBoss from 'pg-boss';
import type { Database, SqlClient, Tx } from '../db/index.ts';

export interface JobDefinition<T extends object = object> {
  name: string;
  /** Throwing makes pg-boss retry with back-off; after the last try the job is failed and shown to admins. */
  handle(data: T): Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
}

export interface FailedJob {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  createdOn: Date;
  completedOn: Date | null;
  lastError: string | null;
}

export interface JobQueueSettings {
  postgresUrl: string | null;
  pollSeconds: number;
}

const keepFailedSeconds = 60 * 60 * 24 * 30;

function asPgBossDb(sql: SqlClient): PgBoss.Db {
  return { executeSql: async (text, values) => sql.query(text, values) };
}

/** pg-boss on both backends; on PGlite it shares the one connection with everything else. */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition>();
  private started = false;
  /** Running jobs get this long to finish on shutdown; unfinished ones are failed and retried later. */
  readonly stopTimeoutMs = 10_000;

  constructor(
    private readonly database: Database,
    private readonly settings: JobQueueSettings,
  ) {
    const common = {
      archiveFailedAfterSeconds: keepFailedSeconds,
      deleteAfterDays: 30,
      maintenanceIntervalSeconds: 300,
      schedule: false,
    };
    this.boss =
      database.kind === 'postgres'
        ? new PgBoss({ connectionString: settings.postgresUrl ?? '', max: 3, ...common })
        : new PgBoss({ db: asPgBossDb(database.sql), ...common });
    this.boss.on('error', () => undefined);
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.started) throw new Error(`Job ${definition.name} defined after the queue started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  async start(options: { work: boolean }): Promise<void> {
    await this.boss.start();
    for (const definition of this.definitions.values()) {
      await this.boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit ?? 3,
        retryDelay: definition.retryDelaySeconds ?? 30,
        retryBackoff: true,
      });
      if (options.work) {
        await this.boss.work(
          definition.name,
          { pollingIntervalSeconds: this.settings.pollSeconds },
          async (jobs) => {
            for (const job of jobs) await definition.handle(job.data as object);
          },
        );
      }
    }
    this.started = true;
  }

  /** Writes the job in the caller's transaction: it exists exactly when the change that caused it commits. */
  async send(
    tx: Tx,
    name: string,
    data: object,
    options: { startAfterSeconds?: number } = {},
  ): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    await this.boss.send(name, data, {
      db: asPgBossDb(tx.sql),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
  }

  async failedJobs(limit = 100): Promise<FailedJob[]> {
    const { rows } = await this.database.sql.query<{
      id: string;
      name: string;
      state: string;
      retry_count: number;
      created_on: Date;
      completed_on: Date | null;
      output: unknown;
    }>(
      `select id, name, state, retry_count, created_on, completed_on, output from pgboss.job
       where state = 'failed' order by created_on desc limit $1`,
      [limit],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      state: row.state,
      retryCount: row.retry_count,
      createdOn: new Date(row.created_on),
      completedOn: row.completed_on ? new Date(row.completed_on) : null,
      lastError: describeOutput(row.output),
    }));
  }

  /** Puts a failed job back in the queue, in the caller's transaction (with its audit entry). */
  async retry(tx: Tx, id: string): Promise<boolean> {
    const { rows } = await tx.sql.query<{ name: string }>(
      `select name from pgboss.job where id = $1 and state = 'failed' for update`,
      [id],
    );
    const name = rows[0]?.name;
    if (!name) return false;
    await this.boss.retry(name, id, { db: asPgBossDb(tx.sql) });
    return true;
  }

  /**
   * Waits until every job has completed or failed for good (retries included): for tests and tools,
   * never on a request path. Jobs scheduled more than a minute ahead (daily digests) are not waited for.
   */
  async drain(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await this.database.sql.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active')
           and not (state = 'created' and start_after > now() + interval '1 minute')`,
      );
      if ((rows[0]?.n ?? 0) === 0) return;
      if (Date.now() > deadline) throw new Error('Jobs did not drain in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({
      graceful: true,
      close: this.database.kind === 'postgres',
      wait: true,
      timeout: this.stopTimeoutMs,
    });
  }
}

function describeOutput(output: unknown): string | null {
  if (!output || typeof output !== 'object') return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === 'string' ? message : JSON.stringify(output).slice(0, 500);
}
