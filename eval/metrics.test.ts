import { describe, expect, it } from 'vitest';
import {
  averagePrecision,
  classificationMetrics,
  rankingMetrics,
  rankOrder,
  reciprocalRank,
} from './metrics.ts';

describe('SemEval-2016 Task 3 metrics', () => {
  it('sorts by score, highest first, equal scores in input order', () => {
    expect(rankOrder([0.2, 0.9, 0.2, 0, 0.9])).toEqual([1, 4, 0, 2, 3]);
  });

  it('AP is the mean precision at the positions of the positives, within the top 10', () => {
    // Positives at ranks 1, 3 and 6: (1/1 + 2/3 + 3/6) / 3.
    expect(averagePrecision([true, false, true, false, false, true])).toBeCloseTo((1 + 2 / 3 + 0.5) / 3, 12);
    expect(averagePrecision([false, false, false])).toBe(0);
    // A positive at rank 11 is outside the cut-off.
    expect(averagePrecision([...Array<boolean>(10).fill(false), true])).toBe(0);
    expect(reciprocalRank([false, false, true, true])).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([false, false])).toBe(0);
  });

  it('MAP and MRR over questions, a question without positives counting as 0 (hand-computed)', () => {
    const metrics = rankingMetrics([
      // Ranked: c (pos), a, b (pos), d → AP (1 + 2/3) / 2 = 5/6, RR 1.
      { scores: [0.5, 0.4, 0.9, 0.1], positives: [false, true, true, false] },
      // Tie between a and b keeps the input order: a (neg), b (pos), c → AP 1/2, RR 1/2.
      { scores: [0.3, 0.3, 0], positives: [false, true, false] },
      // No positive at all: AP 0, RR 0, and it still counts.
      { scores: [1, 2], positives: [false, false] },
    ]);
    expect(metrics.map).toBeCloseTo((5 / 6 + 1 / 2 + 0) / 3, 12);
    expect(metrics.mrr).toBeCloseTo((100 * (1 + 1 / 2 + 0)) / 3, 10);
  });

  it('precision, recall, F1 and accuracy of the true/false calls, ×100', () => {
    const metrics = classificationMetrics([
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
      { predicted: false, actual: false },
    ]);
    expect(metrics.precision).toBeCloseTo(50, 10);
    expect(metrics.recall).toBeCloseTo(50, 10);
    expect(metrics.f1).toBeCloseTo(50, 10);
    expect(metrics.accuracy).toBeCloseTo(60, 10);
    expect(classificationMetrics([{ predicted: false, actual: true }])).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      accuracy: 0,
    });
  });
});
