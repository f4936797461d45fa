/**
 * The official SemEval-2016 Task 3 measures, re-implemented from the task description
 * (shared/data/semeval2016-task3-cqa/PROVENANCE.md):
 * - each question's candidates are sorted by score, highest first, equal scores keeping the input
 *   order; only the top 10 count;
 * - AP is the mean of precision@i over the positions i that hold a positive; a question with no
 *   positive has AP 0 and still counts; MAP is the mean AP;
 * - MRR is the mean reciprocal rank of the first positive, reported ×100;
 * - P, R, F1 and accuracy (×100) compare the predicted true/false of each pair with the gold label.
 */

export const cutoff = 10;

/** Indices of `scores` best first; equal scores keep their input order. */
export function rankOrder(scores: readonly number[]): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .map((entry) => entry.index);
}

/** `positives` in ranked order: AP over the top `cutoff`. */
export function averagePrecision(positives: readonly boolean[]): number {
  let hits = 0;
  let sum = 0;
  positives.slice(0, cutoff).forEach((positive, i) => {
    if (!positive) return;
    hits += 1;
    sum += hits / (i + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

/** `positives` in ranked order: 1/rank of the first positive in the top `cutoff`, else 0. */
export function reciprocalRank(positives: readonly boolean[]): number {
  const first = positives.slice(0, cutoff).indexOf(true);
  return first < 0 ? 0 : 1 / (first + 1);
}

export interface RankedQuestion {
  /** Candidate scores in input order. */
  scores: readonly number[];
  /** Gold positives in input order. */
  positives: readonly boolean[];
}

export interface RankingMetrics {
  map: number;
  /** ×100, as the official scorer reports it. */
  mrr: number;
}

export function rankingMetrics(questions: readonly RankedQuestion[]): RankingMetrics {
  if (questions.length === 0) return { map: 0, mrr: 0 };
  let ap = 0;
  let rr = 0;
  for (const question of questions) {
    const ranked = rankOrder(question.scores).map((index) => question.positives[index] === true);
    ap += averagePrecision(ranked);
    rr += reciprocalRank(ranked);
  }
  return { map: ap / questions.length, mrr: (100 * rr) / questions.length };
}

export interface ClassificationMetrics {
  /** All ×100. Precision is 0 when nothing is predicted positive, recall 0 when nothing is positive. */
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function classificationMetrics(
  pairs: readonly { predicted: boolean; actual: boolean }[],
): ClassificationMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) tp += 1;
    else if (predicted) fp += 1;
    else if (actual) fn += 1;
    else tn += 1;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pairs.length > 0 ? (tp + tn) / pairs.length : 0;
  return { precision: 100 * precision, recall: 100 * recall, f1: 100 * f1, accuracy: 100 * accuracy };
}
