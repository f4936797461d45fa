/** The longest a failing feed waits between attempts (unless its own interval is longer). */
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;

/** Back-off delays vary by up to this fraction either way, so feeds that failed together do not retry together. */
export const BACKOFF_JITTER = 0.1;

/** A feed is stale when its last success is older than this many polling intervals. */
export const STALE_AFTER_INTERVALS = 3;

export interface PollDelayInput {
  intervalMs: number;
  /** Failures in a row up to and including the latest attempt; 0 after a success. */
  consecutiveFailures: number;
  /** What the server asked for (Retry-After), if anything. */
  retryAfterMs: number | null;
}

export type FeedHealth = 'healthy' | 'failing' | 'stale' | 'new';

export interface FeedHealthInput {
  consecutiveFailures: number;
  lastSuccessAt: Date | null;
  now: Date;
  intervalMs: number;
}

/**
 * Milliseconds until the next poll. After a success: the interval. After failures: the interval ×
 * 2^failures, at most 24 h (or the interval, if that is longer: backing off must never poll a
 * failing feed more often than a healthy one), with ±10 % jitter. Never sooner than the server's
 * Retry-After. `random` is injectable so tests are deterministic.
 */
export function nextPollDelayMs(input: PollDelayInput, random: () => number = Math.random): number {
  const { intervalMs, retryAfterMs } = input;
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
    throw new RangeError(
      `A feed's polling interval must be a positive number of milliseconds, not ${intervalMs}.`,
    );
  }
  const failures = Math.max(0, Math.floor(input.consecutiveFailures) || 0);
  const floor = Math.max(0, retryAfterMs ?? 0);
  if (failures === 0) return Math.round(Math.max(intervalMs, floor));
  const ceiling = Math.max(intervalMs, MAX_BACKOFF_MS);
  // 2 ** 2000 is Infinity, which Math.min turns into the ceiling: no overflow guard needed.
  const backoff = Math.min(intervalMs * 2 ** failures, ceiling);
  const unit = Math.min(Math.max(random(), 0), 1);
  const jittered = backoff * (1 + (unit * 2 - 1) * BACKOFF_JITTER);
  return Math.round(Math.max(Math.min(jittered, ceiling), floor, intervalMs));
}

/**
 * How a feed is doing, for the admin list. Failing wins over everything (it needs attention now);
 * `new` has not been fetched yet; `stale` has no failure on record but no success lately either, which
 * points at the scheduler rather than the feed.
 */
export function feedHealth(input: FeedHealthInput): FeedHealth {
  if (input.consecutiveFailures >= 1) return 'failing';
  if (input.lastSuccessAt === null) return 'new';
  const age = input.now.getTime() - input.lastSuccessAt.getTime();
  return age > STALE_AFTER_INTERVALS * input.intervalMs ? 'stale' : 'healthy';
}
