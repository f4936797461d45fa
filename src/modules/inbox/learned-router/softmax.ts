import type { SparseVector } from './features.ts';

/*
 * Multinomial logistic regression (softmax) trained by plain SGD with L2. Typed arrays and a
 * compressed-row matrix because this loop is the whole training time: rows × terms × labels.
 */

/** Rows of sparse vectors in compressed-row form: row i is `indices/values[rowStart[i]..rowStart[i+1]]`. */
export interface SparseRows {
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface SgdOptions {
  epochs: number;
  /** L2 strength λ: keeps weights small so probabilities stay honest and rare terms cannot dominate. */
  l2: number;
  learningRate: number;
  seed: number;
  /** From this epoch on, the weights at each epoch's end are averaged into the result. */
  averageFrom?: number;
}

export interface LinearWeights {
  /** `weights[term * labels + label]`: a term's row is contiguous, as a sparse dot product reads it. */
  weights: Float32Array;
  bias: Float64Array;
}

/**
 * A label whose gradient is smaller than this for a row gets no weight update from it: after the
 * first epoch that is most labels, and skipping them changed no held-out accuracy.
 */
const negligible = 1e-2;

/** mulberry32: a tiny seeded generator, so the same seed shuffles the same way everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}

/** Scores of one row into `out` (bias + scale × x·W), returned for chaining. */
export function rowScores(
  rows: SparseRows,
  row: number,
  model: LinearWeights,
  scale: number,
  out: Float64Array,
): Float64Array {
  const labels = out.length;
  out.set(model.bias);
  const weights = model.weights;
  for (let k = rows.rowStart[row] as number; k < (rows.rowStart[row + 1] as number); k += 1) {
    const offset = (rows.indices[k] as number) * labels;
    const value = (rows.values[k] as number) * scale;
    // Four labels per turn: V8 does not vectorise, and this is ~20% faster than one at a time.
    let c = 0;
    for (; c + 3 < labels; c += 4) {
      out[c] = (out[c] as number) + value * (weights[offset + c] as number);
      out[c + 1] = (out[c + 1] as number) + value * (weights[offset + c + 1] as number);
      out[c + 2] = (out[c + 2] as number) + value * (weights[offset + c + 2] as number);
      out[c + 3] = (out[c + 3] as number) + value * (weights[offset + c + 3] as number);
    }
    for (; c < labels; c += 1) out[c] = (out[c] as number) + value * (weights[offset + c] as number);
  }
  return out;
}

/** In place: scores → probabilities, shifted by the maximum so exp never overflows. */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) {
    const e = Math.exp((scores[c] as number) - max);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c += 1) scores[c] = (scores[c] as number) / sum;
  return scores;
}

/** The moving parts of one training run. */
interface SgdState {
  model: LinearWeights;
  /** The weights are `scale × model.weights` (see trainSoftmax). */
  scale: number;
  step: number;
  gradient: Float64Array;
  active: Int32Array;
}

/**
 * SGD on the cross-entropy, one row at a time in a seeded shuffled order (deterministic). L2 is
 * applied by shrinking a common scale instead of every weight each step (Bottou's trick), so a
 * step costs only the row's terms; the rate decays as η₀ / (1 + η₀λt). The result is the mean of
 * the weights at the end of each epoch from `averageFrom` on (stochastic weight averaging): it
 * sits nearer the optimum than the last iterate, so fewer epochs do.
 */
export function trainSoftmax(
  rows: SparseRows,
  targets: Int32Array,
  terms: number,
  labels: number,
  options: SgdOptions,
): LinearWeights {
  const state: SgdState = {
    // Float32: half the memory traffic of the hot loop; sums are still taken in doubles.
    model: { weights: new Float32Array(terms * labels), bias: new Float64Array(labels) },
    scale: 1,
    step: 0,
    gradient: new Float64Array(labels),
    active: new Int32Array(labels),
  };
  const random = seededRandom(options.seed);
  const order = Int32Array.from(targets, (_, i) => i);
  const average = { weights: new Float64Array(terms * labels), bias: new Float64Array(labels), epochs: 0 };
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    for (const row of order) sgdStep(state, rows, row, targets[row] as number, options);
    if (epoch >= (options.averageFrom ?? options.epochs)) addToAverage(average, state);
  }
  rescale(state.model.weights, state.scale);
  if (average.epochs === 0) return state.model;
  return {
    weights: Float32Array.from(average.weights, (sum) => sum / average.epochs),
    bias: average.bias.map((sum) => sum / average.epochs),
  };
}

/** The step's rate, after applying its L2 shrink to the common scale. */
function shrink(state: SgdState, options: SgdOptions): number {
  const rate = options.learningRate / (1 + options.learningRate * options.l2 * state.step);
  state.step += 1;
  state.scale *= 1 - rate * options.l2;
  if (state.scale < 1e-6) state.scale = rescale(state.model.weights, state.scale);
  return rate;
}

/** One SGD step on one row. */
function sgdStep(state: SgdState, rows: SparseRows, row: number, target: number, options: SgdOptions): void {
  const { model, gradient, active } = state;
  softmaxInPlace(rowScores(rows, row, model, state.scale, gradient));
  gradient[target] = (gradient[target] as number) - 1;
  const rate = shrink(state, options);
  let count = 0;
  for (let c = 0; c < gradient.length; c += 1) {
    const g = gradient[c] as number;
    if (g > negligible || g < -negligible) active[count++] = c;
    model.bias[c] = (model.bias[c] as number) - rate * g;
  }
  if (count > 0) update(rows, row, model.weights, active, count, gradient, rate / state.scale);
}

function addToAverage(
  average: { weights: Float64Array; bias: Float64Array; epochs: number },
  state: SgdState,
): void {
  const { weights, bias } = state.model;
  for (let i = 0; i < weights.length; i += 1)
    average.weights[i] = (average.weights[i] as number) + (weights[i] as number) * state.scale;
  for (let c = 0; c < bias.length; c += 1)
    average.bias[c] = (average.bias[c] as number) + (bias[c] as number);
  average.epochs += 1;
}

function update(
  rows: SparseRows,
  row: number,
  weights: Float32Array,
  active: Int32Array,
  count: number,
  gradient: Float64Array,
  step: number,
): void {
  const labels = gradient.length;
  for (let k = rows.rowStart[row] as number; k < (rows.rowStart[row + 1] as number); k += 1) {
    const offset = (rows.indices[k] as number) * labels;
    const value = (rows.values[k] as number) * step;
    for (let a = 0; a < count; a += 1) {
      const c = active[a] as number;
      weights[offset + c] = (weights[offset + c] as number) - value * (gradient[c] as number);
    }
  }
}

/** Folds the common scale into the weights; returns the new scale, 1. */
function rescale(weights: Float32Array, scale: number): number {
  for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] as number) * scale;
  return 1;
}

/** Sparse vectors → compressed rows. */
export function toRows(vectors: readonly SparseVector[]): SparseRows {
  const rowStart = new Int32Array(vectors.length + 1);
  vectors.forEach((vector, i) => (rowStart[i + 1] = (rowStart[i] as number) + vector.indices.length));
  const indices = new Int32Array(rowStart[vectors.length] as number);
  const values = new Float64Array(indices.length);
  vectors.forEach((vector, i) => {
    indices.set(vector.indices, rowStart[i]);
    values.set(vector.values, rowStart[i]);
  });
  return { rowStart, indices, values };
}

/** The chosen rows, in the order given, as a matrix of their own (copied, typed arrays only). */
export function selectRows(rows: SparseRows, chosen: readonly number[]): SparseRows {
  const span = (row: number) => [rows.rowStart[row] as number, rows.rowStart[row + 1] as number] as const;
  const rowStart = new Int32Array(chosen.length + 1);
  chosen.forEach((row, i) => {
    const [start, end] = span(row);
    rowStart[i + 1] = (rowStart[i] as number) + end - start;
  });
  const indices = new Int32Array(rowStart[chosen.length] as number);
  const values = new Float64Array(indices.length);
  chosen.forEach((row, i) => {
    const [start, end] = span(row);
    indices.set(rows.indices.subarray(start, end), rowStart[i]);
    values.set(rows.values.subarray(start, end), rowStart[i]);
  });
  return { rowStart, indices, values };
}
