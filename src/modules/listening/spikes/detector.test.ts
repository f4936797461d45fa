import { describe, expect, it } from 'vitest';
import { createSpikeDetector, initialSpikeState, updateSpikeState, type SpikeStep } from './index.ts';

const FIVE_MINUTES = 5 * 60_000;
const start = Date.UTC(2025, 0, 6); // a Monday, 00:00 UTC

/** A steady daily rhythm: quiet at night, busy in the afternoon, with a little deterministic noise. */
function normalVolume(i: number): number {
  const hour = ((i * 5) / 60) % 24;
  const rhythm = 20 + 15 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
  return Math.max(0, Math.round(rhythm + 4 * Math.sin(i * 1.7) + 3 * Math.cos(i * 0.37)));
}

function run(counts: readonly number[], settings = {}): SpikeStep[] {
  const detector = createSpikeDetector(settings);
  return counts.map((count, i) => detector.update(start + i * FIVE_MINUTES, count));
}

const week = Array.from({ length: 7 * 288 }, (_, i) => normalVolume(i));

describe('spike detector', () => {
  it('stays quiet on a series that only follows its daily rhythm, and learns that rhythm', () => {
    const steps = run(week);
    expect(steps.filter((step) => step.alert)).toHaveLength(0);
    // By the last day, expected tracks observed closely at both ends of the day.
    const lastDay = steps.slice(-288);
    const error = lastDay.reduce((sum, step) => sum + Math.abs(step.expected - step.observed), 0) / 288;
    expect(error).toBeLessThan(7);
  });

  it('alerts on a burst, explains it, and respects the cooldown', () => {
    const counts = [...week];
    const at = 6 * 288 + 150;
    counts[at] = 400;
    counts[at + 6] = 450; // half an hour later: inside the cooldown, not twice as strong
    const steps = run(counts);
    const alerts = steps.flatMap((step, i) => (step.alert ? [i] : []));
    expect(alerts).toEqual([at]);
    const step = steps[at];
    expect(step?.observed).toBe(400);
    expect(step?.expected).toBeGreaterThan(5);
    expect(step?.expected).toBeLessThan(60);
    expect(step?.score).toBeGreaterThan(0.5);
    expect(step?.alertAbove).toBeLessThan(400);
    expect(step?.since).toBe(start + at * FIVE_MINUTES);
  });

  it('never alerts below the minimum volume nor during warm-up', () => {
    const quiet: number[] = Array.from({ length: 3 * 288 }, (_, i) => (i % 97 === 0 ? 1 : 0));
    quiet[2 * 288] = 9;
    expect(run(quiet, { minVolume: 10 }).some((step) => step.alert)).toBe(false);
    expect(run(quiet).flatMap((step, i) => (step.alert ? [i] : []))).toEqual([2 * 288]);
    const early = [...week];
    early[100] = 1000;
    expect(run(early)[100]?.alert).toBe(false);
  });

  it('has no look-ahead: a verdict depends only on the past', () => {
    const counts = [...week];
    counts[5 * 288] = 300;
    const full = run(counts);
    const prefix = run(counts.slice(0, 5 * 288 + 1));
    expect(prefix.at(-1)).toEqual(full[5 * 288]);
  });

  it('resumes from stored JSON state exactly', () => {
    const state = initialSpikeState();
    const half = week.length / 2;
    week.slice(0, half).forEach((count, i) => updateSpikeState(state, start + i * FIVE_MINUTES, count));
    const resumed = createSpikeDetector({}, JSON.parse(JSON.stringify(state)));
    const continued = createSpikeDetector({}, state);
    for (let i = half; i < week.length; i += 1) {
      const time = start + i * FIVE_MINUTES;
      expect(resumed.update(time, week[i] ?? 0)).toEqual(continued.update(time, week[i] ?? 0));
    }
  });
});
