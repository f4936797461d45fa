import { setTimeout as delay } from 'node:timers/promises';
import { prepareTarget, type BenchTarget } from './database.ts';
import { measureHello, measureSameBody, type BaselineRun } from './forum-baseline.ts';
import { checkCacheAfterEdits, type CacheCheck } from './forum-cache-check.ts';
import { expectOk, signIn } from './forum-client.ts';
import { benchSpaces, forumServerEnv, prepareForum, vacuumAnalyze, type ForumData } from './forum-data.ts';
import { emitCache, emitFigure, emitSeed } from './forum-emit.ts';
import {
  loadHotPages,
  measurePages,
  measureReplies,
  measureSearch,
  measureSpaceList,
  searchNotes,
  type Figure,
} from './forum-measure.ts';
import { log, round, type DbKind } from './output.ts';
import { stopChild } from './processes.ts';
import { startHearth, type RunningServer } from './servers.ts';

/**
 * `hearth bench forum`: a forum of 2,000 threads and 50,000 replies, read and written over HTTP
 * through the real server, next to a bare node:http server measured before and after in the same run.
 */
export async function benchForum(db: DbKind): Promise<void> {
  const target = await prepareTarget(db);
  try {
    const data = await prepareForum(target);
    const before = await measureHello();
    const measured = await measureForum(target, data);
    if (db === 'pglite') measured.figures.push(...(await measureVacuumed(target)));
    const after = await measureHello();
    emitSeed(data, db);
    for (const figure of measured.figures) emitFigure(figure, db, [before, after], measured.sameBody);
    emitCache(measured.cache, db);
  } finally {
    await target.dispose();
  }
}

interface Measured {
  /** In the order they are printed. */
  figures: Figure[];
  cache: CacheCheck;
  sameBody: BaselineRun;
}

/**
 * Every figure through one server. Search and similar come first, within 30 s of the start: on
 * PGlite, before the server's first VACUUM ANALYZE, as a forum is just after a bulk load. The other
 * figures wait until that VACUUM is over, so that none of them includes its pause.
 */
async function measureForum(target: BenchTarget, data: ForumData): Promise<Measured> {
  const started = await start(target);
  const { hearth } = started;
  try {
    const search = await beforeFirstMaintenance(target.db, started, () =>
      measureSearch(hearth, { suffix: '', extra: {}, note: (bench) => searchNote(bench, target.db, data) }),
    );
    await afterFirstMaintenance(target.db, started);
    const after =
      target.db === 'pglite' ? " Measured after the server's first VACUUM ANALYZE (30 s after start)." : '';
    const pages = await loadHotPages(hearth.url, data);
    const sameBody = await measureSameBody(pages.bodies);
    const reader = data.users.find((user) => user.role === 'member');
    const pageFigures = await measurePages(
      hearth,
      pages,
      await signIn(hearth.url, reader?.email ?? ''),
      after,
    );
    const spaceList = await measureSpaceList(hearth, after);
    const cache = await checkCacheAfterEdits(hearth.url, data, pages);
    const replies = await measureReplies(hearth, data, after);
    return { figures: [...pageFigures, spaceList, ...search, replies], cache, sameBody };
  } finally {
    await stopChild(hearth.child);
  }
}

function searchNote(bench: keyof typeof searchNotes, db: DbKind, data: ForumData): string {
  const maintenance =
    db === 'pglite'
      ? 'none yet, measured within 30 s of the start; a running Hearth on PGlite does VACUUM ANALYZE 30 s ' +
        `after start and every 15 min (see ${bench}_vacuumed)`
      : data.seed.maintenance;
  return `${searchNotes[bench]} Database maintenance: ${maintenance}.`;
}

/**
 * Search and similar questions again after a VACUUM ANALYZE (with the server stopped, then
 * restarted): what a running Hearth on PGlite has from its first maintenance on. PostgreSQL's
 * figures are all taken after one (see prepareForum).
 */
async function measureVacuumed(target: BenchTarget): Promise<Figure[]> {
  log('PGlite: VACUUM ANALYZE with the server stopped, then search and similar again…');
  const vacuumSeconds = await vacuumAnalyze(target);
  const started = await start(target);
  try {
    const note =
      'again after VACUUM ANALYZE threads, posts (server restarted): planner statistics and merged GIN ' +
      'pending lists, as a running Hearth has them on PGlite from 30 s after start (VACUUM ANALYZE then and ' +
      'every 15 min; PGlite runs no autovacuum).';
    return await beforeFirstMaintenance(target.db, started, () =>
      measureSearch(started.hearth, {
        suffix: '_vacuumed',
        extra: { vacuum_analyze_s: round(vacuumSeconds, 2) },
        note: (bench) => `${bench} ${note}`,
      }),
    );
  } finally {
    await stopChild(started.hearth.child);
  }
}

/**
 * A running Hearth on PGlite does VACUUM ANALYZE 30 s after it starts, then every 15 minutes
 * (src/db/maintenance.ts); the run takes about a second and holds the one connection meanwhile.
 */
const firstMaintenanceMs = 30_000;

/** A running Hearth, and the earliest and latest moment its first maintenance may begin. */
interface Started {
  hearth: RunningServer;
  maintenanceFrom: number;
  maintenanceBy: number;
}

async function start(target: BenchTarget): Promise<Started> {
  const spawning = performance.now();
  const hearth = await startHearth(target, forumServerEnv);
  // Its timer is set after the spawn and before the server listens.
  return {
    hearth,
    maintenanceFrom: spawning + firstMaintenanceMs,
    maintenanceBy: performance.now() + firstMaintenanceMs,
  };
}

/** Figures that must be over before the first maintenance on PGlite; their notes say if they were not. */
async function beforeFirstMaintenance(
  db: DbKind,
  started: Started,
  measure: () => Promise<Figure[]>,
): Promise<Figure[]> {
  const figures = await measure();
  if (db !== 'pglite' || performance.now() < started.maintenanceFrom) return figures;
  const late = `${figures.map((figure) => figure.bench).join(', ')} ran past 30 s after the start`;
  log(`Warning: ${late}; the server's first VACUUM ANALYZE may have run meanwhile.`);
  for (const figure of figures)
    figure.extra.note = `${String(figure.extra.note)} Warning: the server's first VACUUM ANALYZE (30 s after start) may have run during this figure.`;
  return figures;
}

/** On PGlite, wait out the server's first VACUUM ANALYZE: a read queued behind it returns once it is over. */
async function afterFirstMaintenance(db: DbKind, started: Started): Promise<void> {
  if (db !== 'pglite') return;
  const waitMs = started.maintenanceBy + 500 - performance.now();
  log(`Waiting ${round(Math.max(0, waitMs) / 1000)} s for the server's first VACUUM ANALYZE…`);
  if (waitMs > 0) await delay(waitMs);
  const began = performance.now();
  await expectOk(started.hearth.url, `/api/spaces/${benchSpaces[0].slug}/threads`);
  log(`  a space list read returned after ${round(performance.now() - began)} ms`);
}
