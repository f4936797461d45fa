import { sql } from 'drizzle-orm';
import { newId } from '../src/core/ids.ts';
import type { Role } from '../src/core/roles.ts';
import { openDatabase } from '../src/db/index.ts';
import { hashPassword, insertUser } from '../src/modules/accounts/index.ts';
import { bulkSeedForum, seededRandom, type SeededThread } from '../src/modules/forum/index.ts';
import { loadSpace } from '../src/modules/spaces/index.ts';
import type { BenchTarget } from './database.ts';
import { log, round } from './output.ts';
import { stopChild } from './processes.ts';
import { startHearth } from './servers.ts';
import { Session } from './session.ts';

export const forumSize = { threads: 2000, replies: 50_000 };

/** The bench's own spaces, created through the admin API like an admin would. */
export const benchSpaces = [
  { slug: 'product-help', name: 'Product help', kind: 'questions' },
  { slug: 'product-talk', name: 'Product talk', kind: 'discussion' },
] as const;

export const benchPassword = 'bench-forum-password';

export interface BenchUser {
  id: string;
  email: string;
  role: Role;
}

export interface ForumData {
  threads: SeededThread[];
  users: BenchUser[];
  seed: {
    seconds: number;
    threads: number;
    replies: number;
    accepted: number;
    users: number;
    /** What ran after the load: what each database does by itself (see prepareForum). */
    maintenance: string;
  };
}

/**
 * Sign-in, sign-up and reset are limited per IP (AUTH_RATE_LIMIT_PER_MINUTE, default 10): the
 * bench signs a dozen people in from one address, so it raises that limit; nothing else changes.
 */
export const forumServerEnv = { AUTH_RATE_LIMIT_PER_MINUTE: '10000' };

/**
 * A forum with a year of history: the first start migrates and seeds the demo, an admin creates
 * two spaces over HTTP, and with the server stopped the members and their threads are written
 * straight to the database (bulkSeedForum), as if the community had grown for a year.
 */
export async function prepareForum(target: BenchTarget): Promise<ForumData> {
  log(`First start on a new ${target.db} database (migrates, seeds the demo), then two spaces…`);
  const hearth = await startHearth(target, forumServerEnv);
  try {
    const admin = new Session(hearth.url);
    await admin.signInAsAdmin();
    for (const space of benchSpaces) {
      const response = await admin.post('/api/admin/spaces', space);
      if (response.status !== 201)
        throw new Error(`Creating space ${space.slug}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    }
  } finally {
    await stopChild(hearth.child);
  }

  const database = await openDatabase({
    databaseUrl: target.databaseUrl,
    dataDir: target.dataDir,
    databasePoolSize: 2,
  });
  try {
    const users = await insertBenchUsers(database.db);
    const spaces: { id: string; kind: string }[] = [];
    for (const { slug } of benchSpaces) {
      const space = await loadSpace(database.db, { slug });
      if (!space) throw new Error(`Space ${slug} is missing after the first start`);
      spaces.push({ id: space.id, kind: space.kind });
    }
    log(`Seeding ${forumSize.threads} threads and ${forumSize.replies} replies…`);
    const started = performance.now();
    let lastLog = started;
    const result = await database.transaction((tx) =>
      bulkSeedForum(tx.db, {
        spaces,
        authorIds: users.map((user) => user.id),
        staffIds: users.filter((user) => user.role !== 'member').map((user) => user.id),
        ...forumSize,
        random: seededRandom(20_260_401),
        onProgress: ({ threads, replies }) => {
          if (performance.now() - lastLog < 5000) return;
          lastLog = performance.now();
          log(`  ${threads} threads, ${replies} replies`);
        },
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    log(`Seeded in ${round(seconds)} s (${result.accepted} accepted answers)`);
    if (target.db === 'postgres') {
      // What autovacuum does within a minute of such a load (it crosses the insert threshold):
      // done here so that the figures do not depend on when its next round comes.
      log('VACUUM ANALYZE threads, posts (as autovacuum would)…');
      await database.db.execute(sql`vacuum analyze threads, posts`);
    }
    return {
      threads: result.threads,
      users,
      seed: {
        seconds: round(seconds, 2),
        threads: result.threads.length,
        replies: result.replies,
        accepted: result.accepted,
        users: users.length,
        maintenance:
          target.db === 'postgres'
            ? 'vacuum analyze (as autovacuum would)'
            : 'none (PGlite runs no autovacuum; a running Hearth does VACUUM ANALYZE 30 s after start)',
      },
    };
  } finally {
    await database.close();
  }
}

/**
 * PGlite runs no autovacuum: until a running Hearth's first VACUUM ANALYZE (30 s after start), a
 * bulk-loaded forum has no planner statistics and unmerged GIN pending lists. This is that
 * maintenance done by the bench, for the figures that show what it brings. The server must be stopped.
 */
export async function vacuumAnalyze(target: BenchTarget): Promise<number> {
  const database = await openDatabase({
    databaseUrl: target.databaseUrl,
    dataDir: target.dataDir,
    databasePoolSize: 1,
  });
  try {
    const started = performance.now();
    await database.db.execute(sql`vacuum analyze threads, posts`);
    return (performance.now() - started) / 1000;
  } finally {
    await database.close();
  }
}

/** Members who joined long ago (so none is sandboxed), and a few staff who answer too. */
async function insertBenchUsers(db: Parameters<typeof insertUser>[0]): Promise<BenchUser[]> {
  const passwordHash = await hashPassword(benchPassword);
  const joined = new Date(Date.now() - 400 * 86_400_000);
  const roles: Role[] = [...Array<Role>(56).fill('member'), 'staff', 'staff', 'agent', 'moderator'];
  const users: BenchUser[] = [];
  for (const [i, role] of roles.entries()) {
    const email = `bench-${role}-${i}@bench.hearth.local`;
    const user = await insertUser(db, {
      id: newId(),
      email,
      name: `Bench ${role[0]?.toUpperCase()}${role.slice(1)} ${i}`,
      handle: `bench_${role}_${i}`,
      passwordHash,
      role,
      emailVerifiedAt: joined,
      createdAt: joined,
      updatedAt: joined,
    });
    users.push({ id: user.id, email, role });
  }
  return users;
}
