import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classScores, goldClass, pearson } from './sentiment-metrics.ts';
import { evalSentiment } from './sentiment.ts';
import { parseGroundTruth } from './sentiment-truth.ts';

describe('sentiment metrics', () => {
  it('computes Pearson r by hand', () => {
    // x = 1,2,3; y = 2,4,7: mean 2 and 13/3; r = 5 / sqrt(2 · 38/3) = 0.99339…
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.993399, 5);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(pearson([1], [2])).toBe(0);
  });

  it('computes accuracy and macro-F1 by hand', () => {
    const gold = ['positive', 'positive', 'negative', 'neutral'] as const;
    const predicted = ['positive', 'negative', 'negative', 'positive'] as const;
    // positive: tp 1, fp 1, fn 1 → 0.5; negative: tp 1, fp 1 → 2/3; neutral: fn 1 → 0
    const scores = classScores(gold, predicted);
    expect(scores.accuracy).toBe(0.5);
    expect(scores.macroF1).toBeCloseTo((0.5 + 2 / 3 + 0) / 3, 10);
  });

  it('turns ratings into classes with a neutral band', () => {
    expect(goldClass(0.5, 0.5)).toBe('positive');
    expect(goldClass(0.49, 0.5)).toBe('neutral');
    expect(goldClass(-0.5, 0.5)).toBe('negative');
  });
});

describe('eval sentiment', () => {
  it('reads the ground-truth format (BOM, CRLF, no final newline) and reports lines it skips', () => {
    const { rows, skipped } = parseGroundTruth(
      '\uFEFF1\t2.5\tGreat stuff\r\n2\tx\tbad\r\n3\t-1.25\tNot\tgood',
    );
    expect(rows).toEqual([
      { id: '1', rating: 2.5, text: 'Great stuff' },
      { id: '3', rating: -1.25, text: 'Not\tgood' },
    ]);
    expect(skipped).toEqual([{ line: 2, reason: 'the rating is not a number' }]);
  });

  it('scores a folder: one line per corpus, predictions per file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-sentiment-'));
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    mkdirSync(input);
    writeFileSync(
      join(input, 'demo_GroundTruth.txt'),
      '1\t3.1\tI love it, wonderful!\r\n2\t-2.9\tThis is awful, I hate it\r\n3\t0.1\tThe box is blue\r\n4\t-1.5\tnot good',
    );
    const lines: string[] = [];
    const summary = evalSentiment({ input, out, emit: (line) => lines.push(line) });
    expect(lines).toHaveLength(1);
    const corpus = JSON.parse(lines[0] ?? '{}') as {
      corpus: string;
      n: number;
      pearson_r: number;
      accuracy: number;
    };
    expect(corpus.corpus).toBe('demo');
    expect(corpus.n).toBe(4);
    expect(corpus.pearson_r).toBeGreaterThan(0.8);
    expect(corpus.accuracy).toBe(1);
    expect(summary.n).toBe(4);
    const csv = readFileSync(join(out, 'demo.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('id,score,label');
    expect(csv[3]).toMatch(/^3,[-0-9.]+,neutral$/);
  });
});
