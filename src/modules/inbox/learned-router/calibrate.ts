import { seededRandom } from './softmax.ts';

/**
 * A stratified slice of the examples for calibration: `share` of each label (rounded down), so a
 * label with few examples stays wholly in training. Seeded, so the same input splits the same way.
 */
export function calibrationSplit(
  targets: Int32Array,
  share: number,
  seed: number,
): { fit: number[]; check: number[] } {
  const random = seededRandom(seed ^ 0x5f3759df);
  const byLabel = new Map<number, number[]>();
  targets.forEach((label, row) => {
    const rows = byLabel.get(label) ?? [];
    rows.push(row);
    byLabel.set(label, rows);
  });
  const check = new Set<number>();
  for (const rows of byLabel.values()) {
    const keys = rows.map(() => random());
    const sorted = rows.map((row, i) => ({ row, key: keys[i] as number })).sort((a, b) => a.key - b.key);
    for (const { row } of sorted.slice(0, Math.floor(rows.length * share))) check.add(row);
  }
  const fit = [...targets.keys()].filter((row) => !check.has(row));
  return { fit, check: [...check].sort((a, b) => a - b) };
}

/** Mean negative log-likelihood of the true labels under softmax(scores / temperature). */
function meanLoss(scores: readonly Float64Array[], truth: readonly number[], temperature: number): number {
  let total = 0;
  scores.forEach((row, i) => {
    let max = -Infinity;
    for (const score of row) if (score / temperature > max) max = score / temperature;
    let sum = 0;
    for (const score of row) sum += Math.exp(score / temperature - max);
    total += Math.log(sum) + max - (row[truth[i] as number] as number) / temperature;
  });
  return total / Math.max(1, scores.length);
}

/**
 * Temperature scaling (Guo et al. 2017): one number T that divides every score so the held-out
 * likelihood is highest. It changes no ranking, only how sure the router says it is, which is what
 * the inbox's apply-above-a-threshold rule reads. Golden-section search on ln T in [1/20, 20].
 */
export function fitTemperature(scores: readonly Float64Array[], truth: readonly number[]): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(0.05);
  let high = Math.log(20);
  for (let i = 0; i < 40; i += 1) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (meanLoss(scores, truth, Math.exp(a)) < meanLoss(scores, truth, Math.exp(b))) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}
