/** Measures for `hearth eval sentiment`: correlation with the human ratings and 3-class scores. */

export type SentimentClass = 'negative' | 'neutral' | 'positive';

/** Pearson's r; 0 when either side has no variance or there are fewer than 2 pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/**
 * The gold class of a mean human rating on VADER's −4…4 scale: within `band` of 0 is neutral.
 * (The paper does not say how it made three classes of the ratings; this is the rule we report.)
 */
export function goldClass(rating: number, band: number): SentimentClass {
  if (rating >= band) return 'positive';
  if (rating <= -band) return 'negative';
  return 'neutral';
}

export interface ClassScores {
  accuracy: number;
  /** Unweighted mean of per-class F1 over the classes present in gold or predictions. */
  macroF1: number;
}

export function classScores(
  gold: readonly SentimentClass[],
  predicted: readonly SentimentClass[],
): ClassScores {
  const n = Math.min(gold.length, predicted.length);
  const tally = new Map<SentimentClass, { tp: number; fp: number; fn: number }>();
  const entry = (label: SentimentClass) => {
    const known = tally.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    tally.set(label, known);
    return known;
  };
  let right = 0;
  for (let i = 0; i < n; i += 1) {
    const g = gold[i] as SentimentClass;
    const p = predicted[i] as SentimentClass;
    if (g === p) {
      right += 1;
      entry(g).tp += 1;
    } else {
      entry(p).fp += 1;
      entry(g).fn += 1;
    }
  }
  const f1s = [...tally.values()].map(({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)));
  return {
    accuracy: n === 0 ? 0 : right / n,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length,
  };
}
