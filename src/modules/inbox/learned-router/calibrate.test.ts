import { describe, expect, it } from 'vitest';
import { calibrationSplit, fitTemperature } from './calibrate.ts';
import { seededRandom } from './softmax.ts';

describe('fitTemperature', () => {
  it('recovers the temperature that generated the labels', () => {
    // Scores for 4 labels; the true label is drawn from softmax(scores / 2.5): the fit should say ~2.5.
    const random = seededRandom(11);
    const scores: Float64Array[] = [];
    const truth: number[] = [];
    for (let i = 0; i < 4000; i += 1) {
      const row = Float64Array.from({ length: 4 }, () => random() * 12 - 6);
      const weights = Array.from(row, (score) => Math.exp(score / 2.5));
      let pick = random() * weights.reduce((sum, w) => sum + w, 0);
      let label = 0;
      while (label < 3 && (pick -= weights[label] ?? 0) > 0) label += 1;
      scores.push(row);
      truth.push(label);
    }
    expect(fitTemperature(scores, truth)).toBeCloseTo(2.5, 0);
  });

  it('sharpens scores that are right more often than they say (temperature below 1)', () => {
    const scores = Array.from({ length: 50 }, () => Float64Array.from([1, 0, 0]));
    expect(fitTemperature(scores, Array<number>(50).fill(0))).toBeLessThan(0.1);
  });
});

describe('calibrationSplit', () => {
  it('holds out the same share of every label, whole rows only, the same way for the same seed', () => {
    const targets = Int32Array.from([...Array<number>(40).fill(0), ...Array<number>(20).fill(1), 2, 2, 2]);
    const split = calibrationSplit(targets, 0.25, 5);
    const held = split.check.map((row) => targets[row]);
    expect(held.filter((label) => label === 0)).toHaveLength(10);
    expect(held.filter((label) => label === 1)).toHaveLength(5);
    expect(held.filter((label) => label === 2)).toHaveLength(0); // 3 × 0.25 rounds down: all stay to train
    expect([...split.fit, ...split.check].sort((a, b) => a - b)).toEqual([...targets.keys()]);
    expect(calibrationSplit(targets, 0.25, 5)).toEqual(split);
    expect(calibrationSplit(targets, 0.25, 6).check).not.toEqual(split.check);
  });
});
