import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  parseRouter,
  predictRoute,
  serializeRouter,
  trainRouter,
  type RoutePrediction,
  type RouterModel,
} from '../src/modules/inbox/learned-router/index.ts';
import { nearestCentroid } from './intent-baseline.ts';
import { parseIntentCsv, writeCsv, type IntentRow } from './intent-csv.ts';
import { log, type Progress } from './progress.ts';

export interface IntentEvalOptions {
  /** A `text,category` file to learn from. */
  train: string;
  /** A `text,category` file to predict (categories optional: without them there are no scores). */
  input: string;
  out: string;
  progress?: (label: string, total: number) => Progress;
}

/** Shares are 0..1; every score is null when the input has no categories. */
export interface IntentEvalSummary {
  eval: 'intent';
  train: string;
  input: string;
  train_examples: number;
  examples: number;
  labels: number;
  accuracy: number | null;
  macro_f1: number | null;
  baseline: 'tfidf_nearest_centroid';
  baseline_accuracy: number | null;
  ratio: number | null;
  /** What the inbox would apply on its own at each confidence threshold, and how often it is right. */
  coverage_at_0_5: number;
  accuracy_at_0_5: number | null;
  coverage_at_0_7: number;
  accuracy_at_0_7: number | null;
  /** Expected calibration error (10 bins): how far "70% sure" is from being right 70% of the time. */
  calibration_error: number | null;
  temperature: number;
  training_seconds: number;
  model_bytes: number;
  predict_p50_ms: number;
  predict_p99_ms: number;
  seconds: number;
}

const silentProgress = (): Progress => ({ tick: () => undefined, stop: () => undefined });

/**
 * `hearth eval intent`: trains the inbox's learned router on one file through `trainRouter`,
 * stores and reloads it as the product does (`serializeRouter` → `parseRouter`), predicts every row
 * of the other file through `predictRoute` and writes `index,category`. Scored next to a word
 * TF-IDF nearest-centroid baseline trained on the same file in the same run.
 */
export async function evalIntent(options: IntentEvalOptions): Promise<IntentEvalSummary> {
  const started = performance.now();
  const training = readExamples(options.train);
  const rows = parseIntentCsv(readFileSync(options.input, 'utf8'));

  log(`Training the router on ${training.length} examples…`);
  const trainStart = performance.now();
  const trained = trainRouter(training);
  const trainingSeconds = (performance.now() - trainStart) / 1000;
  const json = serializeRouter(trained);
  const model = parseRouter(json);
  const { predictions, latencies } = predictAll(model, rows, options.progress ?? silentProgress);
  writeCsv(
    options.out,
    ['index', 'category'],
    predictions.map((prediction, i) => [String(i), prediction.label]),
  );

  const gold = rows.length > 0 && rows.every((row) => row.category !== null) ? rows : null;
  const system = gold && accuracy(gold, predictions);
  const baseline = gold && accuracy(gold, baselinePredictions(training, gold));
  const atHalf = confidentShare(rows, predictions, 0.5, gold !== null);
  const atSeventy = confidentShare(rows, predictions, 0.7, gold !== null);
  return {
    eval: 'intent',
    train: options.train,
    input: options.input,
    train_examples: training.length,
    examples: rows.length,
    labels: model.labels.length,
    accuracy: roundOrNull(system, 4),
    macro_f1: gold ? round(macroF1(gold, predictions), 4) : null,
    baseline: 'tfidf_nearest_centroid',
    baseline_accuracy: roundOrNull(baseline, 4),
    ratio: system !== null && baseline ? round(system / baseline, 3) : null,
    coverage_at_0_5: round(atHalf.coverage, 4),
    accuracy_at_0_5: roundOrNull(atHalf.accuracy, 4),
    coverage_at_0_7: round(atSeventy.coverage, 4),
    accuracy_at_0_7: roundOrNull(atSeventy.accuracy, 4),
    calibration_error: gold ? round(calibrationError(gold, predictions), 4) : null,
    temperature: model.temperature,
    training_seconds: round(trainingSeconds, 2),
    model_bytes: Buffer.byteLength(json),
    predict_p50_ms: round(percentile(latencies, 0.5), 3),
    predict_p99_ms: round(percentile(latencies, 0.99), 3),
    seconds: round((performance.now() - started) / 1000, 1),
  };
}

/** Every row through `predictRoute`, each call timed. */
function predictAll(
  model: RouterModel,
  rows: readonly IntentRow[],
  progress: (label: string, total: number) => Progress,
): { predictions: RoutePrediction[]; latencies: number[] } {
  predictRoute(model, ''); // the first call builds the model's term index: not a prediction's cost
  const predictions: RoutePrediction[] = [];
  const latencies: number[] = [];
  const bar = progress('Predicting', rows.length);
  for (const row of rows) {
    const start = performance.now();
    predictions.push(predictRoute(model, row.text));
    latencies.push(performance.now() - start);
    bar.tick();
  }
  bar.stop();
  return { predictions, latencies };
}

function baselinePredictions(
  training: readonly { text: string; label: string }[],
  rows: readonly IntentRow[],
): { label: string }[] {
  const classify = nearestCentroid(training);
  return rows.map((row) => ({ label: classify(row.text) }));
}

function readExamples(path: string): { text: string; label: string }[] {
  const rows = parseIntentCsv(readFileSync(path, 'utf8'));
  const unlabelled = rows.findIndex((row) => row.category === null);
  if (unlabelled >= 0) throw new Error(`${path}: data row ${unlabelled} has no category to learn from`);
  return rows.map((row) => ({ text: row.text, label: row.category ?? '' }));
}

function accuracy(gold: readonly IntentRow[], predicted: readonly { label: string }[]): number {
  return gold.filter((row, i) => row.category === predicted[i]?.label).length / Math.max(1, gold.length);
}

/** Unweighted mean of per-label F1 over every label that is gold or predicted somewhere. */
export function macroF1(gold: readonly IntentRow[], predictions: readonly { label: string }[]): number {
  const tally = new Map<string, { tp: number; fp: number; fn: number }>();
  const entry = (label: string) => {
    const known = tally.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    tally.set(label, known);
    return known;
  };
  gold.forEach((row, i) => {
    const predicted = predictions[i]?.label ?? '';
    if (predicted === row.category) entry(predicted).tp += 1;
    else {
      entry(predicted).fp += 1;
      entry(row.category ?? '').fn += 1;
    }
  });
  const scores = [...tally.values()].map(({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)));
  return scores.reduce((sum, f1) => sum + f1, 0) / Math.max(1, scores.length);
}

/** Share of rows at or above the threshold, and how many of those are right (null without gold). */
export function confidentShare(
  rows: readonly IntentRow[],
  predictions: readonly RoutePrediction[],
  threshold: number,
  scored: boolean,
): { coverage: number; accuracy: number | null } {
  const kept = predictions.map((p, i) => ({ p, row: rows[i] })).filter(({ p }) => p.confidence >= threshold);
  const right = kept.filter(({ p, row }) => p.label === row?.category).length;
  return {
    coverage: kept.length / Math.max(1, predictions.length),
    accuracy: scored && kept.length > 0 ? right / kept.length : null,
  };
}

/** ECE: per confidence decile, |accuracy − mean confidence|, weighted by the decile's share of rows. */
export function calibrationError(
  gold: readonly IntentRow[],
  predictions: readonly RoutePrediction[],
): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0, confidence: 0 }));
  predictions.forEach((p, i) => {
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))];
    if (!bin) return;
    bin.n += 1;
    bin.confidence += p.confidence;
    if (p.label === gold[i]?.category) bin.right += 1;
  });
  const total = Math.max(1, predictions.length);
  return bins.reduce(
    (sum, bin) => (bin.n === 0 ? sum : sum + Math.abs(bin.right - bin.confidence) / total),
    0,
  );
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function roundOrNull(value: number | null, digits: number): number | null {
  return value === null ? null : round(value, digits);
}
