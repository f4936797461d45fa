import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/support/test-database.ts';
import { runEval, type EvalDatabase } from './index.ts';
import { nearestCentroid } from './intent-baseline.ts';
import { parseCsv } from './intent-csv.ts';
import { calibrationError, macroF1 } from './intent.ts';

const train = join(import.meta.dirname, 'fixtures/intent-train.csv');
const input = join(import.meta.dirname, 'fixtures/intent-test.csv');
const dir = mkdtempSync(join(tmpdir(), 'hearth-eval-intent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function testDatabase(): Promise<EvalDatabase> {
  const test = await openTestDatabase();
  return { database: test.database, url: test.url, dispose: test.dispose };
}

async function run(inputPath: string, out: string): Promise<Record<string, unknown>> {
  const printed: string[] = [];
  await runEval('intent', { train, input: inputPath, out, db: 'pglite' }, testDatabase, (line) =>
    printed.push(line),
  );
  expect(printed).toHaveLength(1);
  expect(printed[0]?.endsWith('\n')).toBe(true);
  return JSON.parse(printed[0] ?? '') as Record<string, unknown>;
}

describe('hearth eval intent', () => {
  it('trains on one file, predicts the other through a stored model and scores it next to the baseline', async () => {
    const out = join(dir, 'predictions.csv');
    const summary = await run(input, out);
    expect(summary).toMatchObject({
      eval: 'intent',
      train,
      input,
      train_examples: 18,
      examples: 6,
      labels: 3,
      accuracy: 1,
      macro_f1: 1,
      baseline: 'tfidf_nearest_centroid',
      temperature: 1, // 18 examples: too few to hold any out for calibration
    });
    expect(summary.baseline_accuracy).toBeGreaterThan(0);
    expect(summary.ratio).toBeCloseTo(1 / (summary.baseline_accuracy as number), 2);
    for (const key of ['coverage_at_0_5', 'coverage_at_0_7', 'calibration_error', 'training_seconds'])
      expect(typeof summary[key]).toBe('number');
    expect(summary.model_bytes).toBeGreaterThan(1000);
    expect(summary.predict_p99_ms).toBeGreaterThanOrEqual(summary.predict_p50_ms as number);

    // index = the 0-based data row of the input; the categories the router chose.
    expect(parseCsv(readFileSync(out, 'utf8'))).toEqual([
      ['index', 'category'],
      ['0', 'billing'],
      ['1', 'shipping'],
      ['2', 'account'],
      ['3', 'shipping'],
      ['4', 'billing'],
      ['5', 'account'],
    ]);
  });

  it('predicts a file without categories and leaves the scores null', async () => {
    const unlabelled = join(dir, 'unlabelled.csv');
    writeFileSync(unlabelled, 'text\nwhere is my parcel\nrefund my invoice\n');
    const summary = await run(unlabelled, join(dir, 'unlabelled-out.csv'));
    expect(summary).toMatchObject({ examples: 2, accuracy: null, macro_f1: null, baseline_accuracy: null });
    expect(summary.accuracy_at_0_5).toBeNull();
    expect(readFileSync(join(dir, 'unlabelled-out.csv'), 'utf8')).toBe(
      'index,category\n0,shipping\n1,billing\n',
    );
  });

  it('needs a training file', async () => {
    await expect(
      runEval('intent', { input, out: join(dir, 'x.csv'), db: 'pglite' }, testDatabase),
    ).rejects.toThrow(/--train/);
  });
});

describe('intent metrics', () => {
  const gold = ['a', 'a', 'b', 'c'].map((category) => ({ text: '', category }));

  it('macro F1 averages every gold or predicted label equally', () => {
    // a: tp 1, fp 1 (row 3), fn 1 (row 1) → 1/2; b: tp 1 → 1; c: fn 1 → 0; d: fp 1 → 0.
    const predicted = ['a', 'd', 'b', 'a'].map((label) => ({ label }));
    expect(macroF1(gold, predicted)).toBeCloseTo((1 / 2 + 1 + 0 + 0) / 4, 10);
  });

  it('calibration error is zero when confidence matches accuracy and grows when it does not', () => {
    const sure = (label: string, confidence: number) => ({
      label,
      confidence,
      alternatives: [],
      evidence: [],
    });
    expect(calibrationError(gold, [sure('a', 1), sure('a', 1), sure('b', 1), sure('c', 1)])).toBe(0);
    expect(
      calibrationError(gold, [sure('a', 0.95), sure('x', 0.95), sure('b', 0.95), sure('x', 0.95)]),
    ).toBeCloseTo(0.45, 10);
  });

  it('the nearest-centroid baseline routes by shared words', () => {
    const baseline = nearestCentroid([
      { text: 'refund the invoice', label: 'billing' },
      { text: 'parcel is late', label: 'shipping' },
    ]);
    expect(baseline('invoice refund please')).toBe('billing');
    expect(baseline('my parcel')).toBe('shipping');
    expect(baseline('nothing known')).toBe('billing'); // no shared word: the most common label (first on a tie)
  });
});
