import type { Actor } from '../src/core/actor.ts';
import { recomputeAllLifecycles } from '../src/modules/members/index.ts';
import {
  listMemberSummaries,
  readMember,
  readTimeline,
} from '../src/modules/members/use-cases/read-members.ts';
import { prepareTarget } from './database.ts';
import { startInProcessHearth, type InProcessHearth } from './in-process.ts';
import { seedMembers } from './members-seed.ts';
import { emit, log, round, type DbKind } from './output.ts';

const memberCount = 100_000;
const activityCount = 1_000_000;
const samples = 400;

const benchAgent: Actor = {
  userId: '00000000-0000-4000-8000-00000000be02',
  role: 'agent',
  name: 'Bench',
  via: 'session',
  sessionId: null,
  tokenId: null,
  scope: 'session',
};

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0, 2);
}

async function timeEach<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await work(item);
    times.push(performance.now() - started);
  }
  return times;
}

/** Members to open: the busiest ten (the worst case) and the rest at random. */
async function sampleMembers(run: InProcessHearth): Promise<string[]> {
  const busiest = await run.database.sql.query<{ member_id: string }>(
    'select member_id from member_activities group by member_id order by count(*) desc limit 10',
  );
  const random = await run.database.sql.query<{ id: string }>(
    `select id from members order by md5(id::text || 'sample') limit ${samples - 10}`,
  );
  return [...busiest.rows.map((row) => row.member_id), ...random.rows.map((row) => row.id)];
}

async function benchProfile(run: InProcessHearth, db: DbKind, ids: readonly string[]): Promise<void> {
  const ctx = run.hearth.ctx;
  const page = { limit: 50 } as const;
  const times = await timeEach(ids, async (id) => {
    await readMember(ctx, benchAgent, id);
    await readTimeline(ctx, benchAgent, id, page);
  });
  const bare = await timeEach(ids, (id) =>
    run.database.sql.query(
      'select * from member_activities where member_id = $1 order by at desc, id desc limit 51',
      [id],
    ),
  );
  emit({
    bench: 'members.profile_with_timeline',
    metric: 'p99_ms',
    value: quantile(times, 0.99),
    p50_ms: quantile(times, 0.5),
    p99_ms: quantile(times, 0.99),
    db,
    baseline: 'bare_timeline_select',
    baseline_value: quantile(bare, 0.99),
    n: ids.length,
    members: memberCount,
    activities: activityCount,
    goal_p99_ms: 100,
    goal_met: quantile(times, 0.99) <= 100,
  });
}

async function benchLifecycle(run: InProcessHearth, db: DbKind): Promise<void> {
  log('Recomputing every member’s stage…');
  let started = performance.now();
  const result = await recomputeAllLifecycles(run.hearth.ctx);
  const perSecond = result.members / ((performance.now() - started) / 1000);
  started = performance.now();
  const grouped = await run.database.sql.query<{ n: number }>(
    'select count(*)::int as n from (select member_id, count(*) from member_activities group by member_id) g',
  );
  const baselinePerSecond = (grouped.rows[0]?.n ?? 0) / ((performance.now() - started) / 1000);
  const stages = await run.database.sql.query<{ stage: string; n: number }>(
    'select stage, count(*)::int as n from members group by stage order by stage',
  );
  emit({
    bench: 'members.lifecycle_all',
    metric: 'members_per_s',
    value: round(perSecond),
    db,
    baseline: 'bare_group_by_member',
    baseline_value: round(baselinePerSecond),
    n: result.members,
    changed: result.changed,
    stages: Object.fromEntries(stages.rows.map((row) => [row.stage, row.n])),
  });
}

async function benchSegments(run: InProcessHearth, db: DbKind): Promise<void> {
  const ctx = run.hearth.ctx;
  const queries = [
    ...['newcomer', 'regular', 'advocate', 'at_risk', 'gone'].map((stage) => ({ stage })),
    ...Array.from({ length: 20 }, (_, n) => ({ q: `bench_member_${1000 + n * 4111}` })),
    ...Array.from({ length: 5 }, (_, n) => ({ q: `member ${n + 7}` })),
  ];
  const runs = [...queries, ...queries];
  const times = await timeEach(runs, (query) =>
    listMemberSummaries(ctx, benchAgent, { limit: 50, ...query } as Parameters<
      typeof listMemberSummaries
    >[2]),
  );
  const bare = await timeEach(runs, () =>
    run.database.sql.query(
      'select * from members where merged_into is null order by last_active_at desc, id desc limit 51',
    ),
  );
  emit({
    bench: 'members.segment_query',
    metric: 'p99_ms',
    value: quantile(times, 0.99),
    p50_ms: quantile(times, 0.5),
    p99_ms: quantile(times, 0.99),
    db,
    baseline: 'bare_member_page',
    baseline_value: quantile(bare, 0.99),
    n: runs.length,
    members: memberCount,
  });
}

/**
 * `hearth bench members`: 100,000 members and 1,000,000 timeline entries; a profile with the first
 * page of its timeline (p50/p99), every member's lifecycle recomputed (members/s), and member
 * segments by stage and by search (p99), each next to a bare query of the same rows.
 */
export async function benchMembers(db: DbKind): Promise<void> {
  const target = await prepareTarget(db);
  try {
    const run = await startInProcessHearth(target, false);
    try {
      log(`Seeding ${memberCount.toLocaleString('en-US')} members…`);
      await seedMembers(run.database, memberCount, activityCount);
      await benchLifecycle(run, db);
      const ids = await sampleMembers(run);
      log(`Opening ${ids.length} profiles…`);
      await benchProfile(run, db, ids);
      await benchSegments(run, db);
    } finally {
      await run.close();
    }
  } finally {
    await target.dispose();
  }
}
