import { sql } from 'drizzle-orm';
import { newId } from '../src/core/ids.ts';
import { openDatabase } from '../src/db/index.ts';
import { seededRandom } from '../src/modules/forum/index.ts';
import { conversations } from '../src/modules/inbox/tables.ts';
import type { BenchTarget } from './database.ts';
import type { InboxSetup } from './inbox-setup.ts';
import type { Tweet } from './inbox-twcs.ts';
import { log, progressBar, round } from './output.ts';

export const backlogSize = 100_000;
/** Rows per INSERT: ~30 columns each stays well under PostgreSQL's 65,535 parameters. */
const rowsPerInsert = 1000;
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

export interface Backlog {
  seconds: number;
  unassigned: number;
  /** The agent whose "mine" view is measured, and how many conversations it holds. */
  agentMine: number;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

const priorities = [
  ...Array<string>(15).fill('low'),
  ...Array<string>(60).fill('normal'),
  ...Array<string>(18).fill('high'),
  ...Array<string>(7).fill('urgent'),
];
const channels = ['api', 'api', 'api', 'api', 'api', 'email', 'email', 'email', 'forum', 'forum'];

/**
 * A backlog as a busy inbox has it: 100,000 open conversations from the last 30 days, 95% with a
 * team, 85% of those assigned to the team's backlog agents, priorities skewed to normal, SLA due
 * times from two days overdue to five days ahead (15% none). Written with the server stopped, in one
 * transaction of multi-row INSERTs. No SLA policy and no check time, so the server's SLA sweep
 * leaves them alone during the measurements.
 */
export async function insertBacklog(
  target: BenchTarget,
  setup: InboxSetup,
  texts: readonly Tweet[],
): Promise<Backlog> {
  const random = seededRandom(20_260_402);
  const now = Date.now();
  const watched = setup.teams[0]?.backlog[0]?.id;
  let unassigned = 0;
  let agentMine = 0;
  const row = (i: number) => {
    const team = random() < 0.95 ? pick(setup.teams, random) : null;
    const assigneeId = team && random() < 0.85 ? pick(team.backlog, random).id : null;
    if (assigneeId === null) unassigned += 1;
    if (assigneeId === watched) agentMine += 1;
    const lastMessageAt = now - random() * 30 * dayMs;
    const due = random() < 0.85 ? now + (random() * 7 - 2) * dayMs : null;
    const text = pick(texts, random).text;
    return {
      id: newId(),
      channel: pick(channels, random),
      channelRef: `backlog-${i}`,
      subject: text.slice(0, 80) || '(no subject)',
      contactName: `@customer${i % 7919}`,
      teamId: team?.id ?? null,
      assigneeId,
      status: 'open',
      priority: pick(priorities, random),
      tags: team ? [team.tag] : [],
      nextDueAt: due === null ? null : new Date(due),
      breached: due !== null && due < now,
      routeTrace: [],
      lastMessageAt: new Date(lastMessageAt),
      lastMemberMessageAt: new Date(lastMessageAt),
      createdAt: new Date(lastMessageAt - random() * 3 * dayMs),
    };
  };
  const database = await openDatabase({ ...target, databasePoolSize: 2 });
  try {
    log(`Inserting ${backlogSize} open conversations…`);
    const started = performance.now();
    const bar = await progressBar('inbox backlog', backlogSize);
    await database.transaction(async (tx) => {
      for (let done = 0; done < backlogSize; done += rowsPerInsert) {
        const count = Math.min(rowsPerInsert, backlogSize - done);
        await tx.db.insert(conversations).values(Array.from({ length: count }, (_, k) => row(done + k)));
        bar.tick(done + count);
      }
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    // What autovacuum does on PostgreSQL after such a load, and a running Hearth on PGlite 30 s after
    // start: done here so every figure has planner statistics from the first request.
    await database.db.execute(sql`vacuum analyze inbox_conversations`);
    log(`Inserted in ${round(seconds)} s (${unassigned} unassigned)`);
    return { seconds, unassigned, agentMine };
  } finally {
    await database.close();
  }
}
