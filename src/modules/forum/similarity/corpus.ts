import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../../../db/index.ts';
import { similarityTuning, type CorpusStats } from './rank.ts';

/**
 * Word statistics of the public threads (how many threads use each stemmed word, and their mean
 * length), read from the search vectors with `ts_stat` and kept in memory per database. Nothing
 * on the write path maintains them: a caller passes the current number of public threads (its
 * query reads it anyway), and statistics that have drifted (that number moved by more than 2%,
 * or older than ten minutes) are recomputed in the background while the old ones keep serving.
 * Frequencies drift slowly, so slightly old ones rank the same. Only the very first call waits.
 * (~0.1 s for 2,000 threads on PGlite.)
 */
const maxAgeMs = 10 * 60 * 1000;
const driftAllowed = 0.02;

interface Entry {
  stats: CorpusStats;
  computedAt: number;
}

const cache = new WeakMap<Db, Entry>();
const pending = new WeakMap<Db, Promise<Entry>>();

function isFresh(entry: Entry, publicThreads: number, now: number): boolean {
  if (now - entry.computedAt > maxAgeMs) return false;
  const known = entry.stats.documents;
  return Math.abs(publicThreads - known) <= Math.floor(known * driftAllowed);
}

/** The statistics for `db`; stale ones (judged by `publicThreads`) are refreshed for later calls. */
export async function corpusStats(db: Db, publicThreads: number, now = Date.now()): Promise<CorpusStats> {
  const entry = cache.get(db);
  if (!entry) return refreshCorpusStats(db);
  if (!isFresh(entry, publicThreads, now)) {
    // A failed refresh (say, the database closing) leaves the old statistics in place.
    refreshCorpusStats(db).catch(() => undefined);
  }
  return entry.stats;
}

/** Recomputes the statistics of `db` now (one computation at a time per database). */
export async function refreshCorpusStats(db: Db): Promise<CorpusStats> {
  let computing = pending.get(db);
  if (!computing) {
    computing = computeStats(db)
      .then((stats) => {
        const next = { stats, computedAt: Date.now() };
        cache.set(db, next);
        return next;
      })
      .finally(() => pending.delete(db));
    pending.set(db, computing);
  }
  return (await computing).stats;
}

/** Forgets the cached statistics of `db`: the next call computes them before answering. */
export function forgetCorpusStats(db: Db): void {
  cache.delete(db);
}

async function computeStats(db: Db): Promise<CorpusStats> {
  const publicVectors = `select search from threads where visibility = 'public'`;
  const words = await selectRows<{ word: string; ndoc: number; nentry: number }>(
    db,
    sql`select word, ndoc::int as ndoc, nentry::int as nentry from ts_stat(${publicVectors})`,
  );
  const [totals] = await selectRows<{ documents: number; title_words: number }>(
    db,
    sql`select (select count(*) from threads where visibility = 'public')::int as documents,
      (select coalesce(sum(nentry), 0) from ts_stat(${publicVectors}, 'a'))::float8 as title_words`,
  );
  const documents = Number(totals?.documents ?? 0);
  let allWords = 0;
  const documentFrequency = new Map<string, number>();
  for (const row of words) {
    documentFrequency.set(row.word, Number(row.ndoc));
    allWords += Number(row.nentry);
  }
  const weighted = allWords + (similarityTuning.titleWeight - 1) * Number(totals?.title_words ?? 0);
  return { documents, averageLength: documents > 0 ? weighted / documents : 0, documentFrequency };
}
