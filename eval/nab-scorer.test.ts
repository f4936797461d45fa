import { describe, expect, it } from 'vitest';
import {
  nabProfiles,
  normalizeScore,
  probationaryRows,
  scaledSigmoid,
  scoreFile,
  sweepThreshold,
} from './nab-scorer.ts';

// A hand-computed file: 20 rows (3 probationary), one window on rows 10..14 (width 5).
// Detections: row 1 (probationary: ignored), row 5 (no window before it: −fpWeight), rows 12
// and 13 (only the earlier counts: y = −(14 − 12)/(5 − 1) = −0.5, worth σ(−0.5)/σ(−1) =
// 0.848284/0.986614 = 0.859794), row 16 (y = |14 − 16|/(5 − 1) = 0.5, worth fpWeight·σ(0.5) =
// fpWeight·(−0.848284)).
const length = 20;
const windows = [{ start: 10, end: 14 }];
const detections = Array.from({ length }, (_, i) => [1, 5, 12, 13, 16].includes(i));

describe('NAB scorer', () => {
  it('has the scaled sigmoid and the probationary period of NAB', () => {
    expect(scaledSigmoid(-1)).toBeCloseTo(0.986614, 6);
    expect(scaledSigmoid(0)).toBe(0);
    expect(scaledSigmoid(0.5)).toBeCloseTo(-0.848284, 6);
    expect(scaledSigmoid(3.01)).toBe(-1);
    expect(probationaryRows(20)).toBe(3);
    expect(probationaryRows(15_902)).toBe(750);
  });

  it('scores the hand-computed file under the three profiles', () => {
    const standard = scoreFile(detections, windows, nabProfiles.standard);
    expect(standard).toMatchObject({ tp: 2, fp: 2, windowsHit: 1, windows: 1 });
    expect(standard.raw).toBeCloseTo(0.859794 - 0.11 - 0.11 * 0.848284, 5); // 0.656483
    expect(normalizeScore(standard.raw, 1, nabProfiles.standard)).toBeCloseTo(82.8241, 3);

    const lowFp = scoreFile(detections, windows, nabProfiles.reward_low_FP_rate);
    expect(lowFp.raw).toBeCloseTo(0.859794 - 0.22 - 0.22 * 0.848284, 5); // 0.453172
    expect(normalizeScore(lowFp.raw, 1, nabProfiles.reward_low_FP_rate)).toBeCloseTo(72.6586, 3);

    const lowFn = scoreFile(detections, windows, nabProfiles.reward_low_FN_rate);
    expect(lowFn.raw).toBeCloseTo(standard.raw, 10);
    expect(normalizeScore(lowFn.raw, 1, nabProfiles.reward_low_FN_rate)).toBeCloseTo(88.5494, 3);
  });

  it('charges a missed window fnWeight, so the null detector scores 0 and a perfect one 100', () => {
    const none = new Array<boolean>(length).fill(false);
    expect(scoreFile(none, windows, nabProfiles.standard).raw).toBe(-1);
    expect(scoreFile(none, windows, nabProfiles.reward_low_FN_rate).raw).toBe(-2);
    expect(normalizeScore(-2, 1, nabProfiles.reward_low_FN_rate)).toBe(0);
    expect(normalizeScore(1, 1, nabProfiles.standard)).toBe(100);
    // The left edge of a window earns exactly tpWeight.
    const leftEdge = Array.from({ length }, (_, i) => i === 10);
    expect(scoreFile(leftEdge, windows, nabProfiles.standard).raw).toBeCloseTo(1, 10);
    // …and the right edge nothing (PROVENANCE.md: y = 0 there).
    const rightEdge = Array.from({ length }, (_, i) => i === 14);
    expect(scoreFile(rightEdge, windows, nabProfiles.standard).raw).toBeCloseTo(0, 10);
  });

  it('finds the threshold that maximises the raw score (detection = score ≥ threshold)', () => {
    const scores = new Array<number>(length).fill(0.1);
    scores[5] = 0.9; // far false positive
    scores[11] = 0.8; // early in the window
    scores[16] = 0.5; // just after the window
    const best = sweepThreshold([{ scores, windows }], nabProfiles.standard);
    expect(best.threshold).toBe(0.8);
    const detected = scores.map((score) => score >= 0.8);
    expect(best.raw).toBeCloseTo(scoreFile(detected, windows, nabProfiles.standard).raw, 10);
  });
});
