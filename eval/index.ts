import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openPglite, openPostgres, type Database, type DbKind } from '../src/db/index.ts';
import { evalIntent } from './intent.ts';
import { log, progressBars } from './progress.ts';
import { evalSentiment } from './sentiment.ts';
import { evalSimilar } from './similar.ts';
import { evalSpikes } from './spikes.ts';

export interface EvalOptions {
  input: string;
  out: string;
  db: DbKind;
  /** The file to learn from, for tasks that train (intent). */
  train?: string;
}

/** A fresh, migrated database for one eval run, and how to throw it away. */
export interface EvalDatabase {
  database: Database;
  url: string | null;
  dispose(): Promise<void>;
}

const tasks: Record<string, (options: EvalOptions, target: EvalDatabase) => Promise<object>> = {
  similar: async (options, target) =>
    evalSimilar({
      input: options.input,
      out: options.out,
      database: target.database,
      databaseUrl: target.url,
      progress: await progressBars(),
    }),
  // The learned router is pure (the product stores its JSON): the fresh database goes unused.
  intent: async (options) => {
    if (!options.train)
      throw new Error('eval intent needs --train <path>, a text,category file to learn from');
    return evalIntent({
      train: options.train,
      input: options.input,
      out: options.out,
      progress: await progressBars(),
    });
  },
  // Both are pure (the product stores their results): one JSON line per corpus or NAB profile
  // goes out as it is ready, then the usual summary.
  sentiment: async (options) => evalSentiment(await streamed(options)),
  spikes: async (options) => evalSpikes(await streamed(options)),
};

export const evalTasks = Object.keys(tasks);

async function streamed(options: EvalOptions) {
  return {
    input: options.input,
    out: options.out,
    progress: await progressBars(),
    emit: (line: string) => void process.stdout.write(line),
  };
}

/**
 * `hearth eval <task>`: runs the product's own code on a benchmark file in a database of its own
 * and prints one JSON summary line on stdout (progress goes to stderr). `open` replaces the fresh
 * database (tests pass theirs).
 */
export async function runEval(
  task: string,
  options: EvalOptions,
  open: (db: DbKind) => Promise<EvalDatabase> = freshDatabase,
  write: (line: string) => void = (line) => void process.stdout.write(line),
): Promise<object> {
  const run = tasks[task];
  if (!run) throw new Error(`Unknown eval task ${task} (known: ${evalTasks.join(', ')})`);
  const target = await open(options.db);
  try {
    const summary = await run(options, target);
    write(`${JSON.stringify(summary)}\n`);
    return summary;
  } finally {
    await target.dispose();
  }
}

/**
 * PGlite in a new temporary folder; for PostgreSQL a new database on the server in DATABASE_URL
 * (never the database itself: the eval fills it), else on a private throw-away server.
 */
export async function freshDatabase(db: DbKind): Promise<EvalDatabase> {
  if (db === 'pglite') {
    const root = mkdtempSync(join(tmpdir(), 'hearth-eval-'));
    log(`PGlite in ${root}`);
    const database = await openPglite(join(root, 'data'));
    await migrateDatabase(database, null);
    return {
      database,
      url: null,
      dispose: async () => {
        await database.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  }
  const { createDatabase, dropDatabase, startPostgres } = await import('../test/support/postgres-server.ts');
  const given = process.env.DATABASE_URL;
  log(given ? 'PostgreSQL: a new database on DATABASE_URL' : 'PostgreSQL: starting a private server…');
  const server = given ? { url: given, stop: async () => undefined } : await startPostgres();
  const name = `hearth_eval_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(server.url, name);
  const database = await openPostgres(url, 5);
  await migrateDatabase(database, url);
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      await dropDatabase(server.url, name);
      await server.stop();
    },
  };
}
