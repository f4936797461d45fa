import { describe, expect, it } from 'vitest';
import { feedHealth, MAX_BACKOFF_MS, nextPollDelayMs } from './index.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// random() = 0.5 is the middle of the jitter range: no jitter at all.
const middle = () => 0.5;

describe('nextPollDelayMs', () => {
  it('waits exactly the interval after a success', () => {
    expect(
      nextPollDelayMs({ intervalMs: 15 * MINUTE, consecutiveFailures: 0, retryAfterMs: null }, () => 0),
    ).toBe(15 * MINUTE);
  });

  it('doubles per failure and stops at 24 hours', () => {
    const delays = [1, 2, 3, 6, 7, 50, 5_000].map((failures) =>
      nextPollDelayMs({ intervalMs: 15 * MINUTE, consecutiveFailures: failures, retryAfterMs: null }, middle),
    );
    expect(delays).toEqual([
      30 * MINUTE,
      60 * MINUTE,
      120 * MINUTE,
      960 * MINUTE,
      24 * HOUR,
      24 * HOUR,
      24 * HOUR,
    ]);
    expect(MAX_BACKOFF_MS).toBe(24 * HOUR);
  });

  it('jitters by at most 10% either way, driven by the injected random', () => {
    const input = { intervalMs: 10 * MINUTE, consecutiveFailures: 1, retryAfterMs: null };
    expect(nextPollDelayMs(input, () => 0)).toBe(18 * MINUTE);
    expect(nextPollDelayMs(input, () => 0.75)).toBe(21 * MINUTE);
    expect(nextPollDelayMs(input, () => 0.999_999_9)).toBe(Math.round(20 * MINUTE * 1.099_999_98));
    // Jitter never lifts the delay past the 24-hour ceiling.
    expect(nextPollDelayMs({ ...input, consecutiveFailures: 20 }, () => 0.99)).toBe(24 * HOUR);
    expect(nextPollDelayMs({ ...input, consecutiveFailures: 20 }, () => 0)).toBe(0.9 * 24 * HOUR);
  });

  it('never polls sooner than Retry-After', () => {
    const input = { intervalMs: 5 * MINUTE, consecutiveFailures: 1, retryAfterMs: 2 * HOUR };
    expect(nextPollDelayMs(input, () => 0)).toBe(2 * HOUR);
    expect(nextPollDelayMs({ ...input, retryAfterMs: MINUTE }, middle)).toBe(10 * MINUTE);
    expect(nextPollDelayMs({ ...input, consecutiveFailures: 0 }, middle)).toBe(2 * HOUR);
  });

  it('never backs off to less than a long interval', () => {
    expect(
      nextPollDelayMs({ intervalMs: 48 * HOUR, consecutiveFailures: 3, retryAfterMs: null }, () => 0),
    ).toBe(48 * HOUR);
  });

  it('refuses an interval that is not a positive number', () => {
    expect(() => nextPollDelayMs({ intervalMs: 0, consecutiveFailures: 0, retryAfterMs: null })).toThrow(
      RangeError,
    );
    expect(() =>
      nextPollDelayMs({ intervalMs: Number.NaN, consecutiveFailures: 1, retryAfterMs: null }),
    ).toThrow(RangeError);
  });

  it('uses Math.random by default and stays within the band', () => {
    for (let i = 0; i < 100; i++) {
      const delay = nextPollDelayMs({ intervalMs: HOUR, consecutiveFailures: 2, retryAfterMs: null });
      expect(delay).toBeGreaterThanOrEqual(3.6 * HOUR);
      expect(delay).toBeLessThanOrEqual(4.4 * HOUR);
    }
  });
});

describe('feedHealth', () => {
  const now = new Date('2025-01-06T12:00:00Z');
  const intervalMs = 15 * MINUTE;
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('is new before the first success or failure', () => {
    expect(feedHealth({ consecutiveFailures: 0, lastSuccessAt: null, now, intervalMs })).toBe('new');
  });

  it('is failing after any failure, even with a recent success', () => {
    expect(feedHealth({ consecutiveFailures: 1, lastSuccessAt: ago(MINUTE), now, intervalMs })).toBe(
      'failing',
    );
    expect(feedHealth({ consecutiveFailures: 4, lastSuccessAt: null, now, intervalMs })).toBe('failing');
  });

  it('is stale once the last success is older than three intervals', () => {
    expect(feedHealth({ consecutiveFailures: 0, lastSuccessAt: ago(45 * MINUTE), now, intervalMs })).toBe(
      'healthy',
    );
    expect(feedHealth({ consecutiveFailures: 0, lastSuccessAt: ago(45 * MINUTE + 1), now, intervalMs })).toBe(
      'stale',
    );
    expect(feedHealth({ consecutiveFailures: 0, lastSuccessAt: ago(10 * MINUTE), now, intervalMs })).toBe(
      'healthy',
    );
  });
});
