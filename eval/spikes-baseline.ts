/**
 * The same-run baseline for `hearth eval spikes`: a windowed Gaussian, the simple detector NAB
 * publishes (about 40 on the whole corpus). The mean and standard deviation of the last `window`
 * values (refreshed every `step` values once the window is full) give each new value a two-sided
 * tail probability; its anomaly score is 1 − that probability. The score of a value uses only the
 * values before it.
 */
export function windowedGaussianScores(values: readonly number[], window = 6400, step = 100): number[] {
  const scores: number[] = [];
  const held: number[] = [];
  let pending: number[] = [];
  let mean = 0;
  let sd = 1e-6;
  const refresh = () => {
    mean = held.reduce((sum, value) => sum + value, 0) / held.length;
    const variance = held.reduce((sum, value) => sum + (value - mean) ** 2, 0) / held.length;
    sd = Math.sqrt(variance) || 1e-6;
  };
  for (const value of values) {
    scores.push(held.length === 0 ? 0 : Math.max(0, 1 - erfc(Math.abs(value - mean) / sd / Math.SQRT2)));
    if (held.length < window) {
      held.push(value);
      refresh();
    } else {
      pending.push(value);
      if (pending.length === step) {
        held.splice(0, step);
        held.push(...pending);
        pending = [];
        refresh();
      }
    }
  }
  return scores;
}

/**
 * The complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7),
 * so erfc(z/√2) is the two-sided Gaussian tail probability of z.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const coefficients = [
    -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
    -0.82215223, 0.17087277,
  ];
  // Horner from the highest power: c0 + t·(c1 + t·(c2 + …)).
  let poly = 0;
  for (let i = coefficients.length - 1; i >= 0; i -= 1) poly = (coefficients[i] ?? 0) + t * poly;
  const r = t * Math.exp(-z * z + poly);
  return x >= 0 ? r : 2 - r;
}
