import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/support/test-database.ts';
import { runEval } from './index.ts';

const input = join(import.meta.dirname, 'fixtures/similar-tiny.xml');
const dir = mkdtempSync(join(tmpdir(), 'hearth-eval-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hearth eval similar', () => {
  it('loads the related questions as threads, ranks each question through similarQuestions and scores the run', async () => {
    const out = join(dir, 'run.txt');
    const printed: string[] = [];
    const test = await openTestDatabase();
    await runEval(
      'similar',
      { input, out, db: test.database.kind },
      async () => ({ database: test.database, url: test.url, dispose: test.dispose }),
      (line) => printed.push(line),
    );

    // One JSON line, with the system's figures next to the IR baseline of the same run.
    expect(printed).toHaveLength(1);
    expect(printed[0]?.endsWith('\n')).toBe(true);
    const summary = JSON.parse(printed[0] ?? '') as Record<string, unknown>;
    expect(summary).toMatchObject({
      eval: 'similar',
      questions: 3,
      candidates: 11,
      threads: 10, // Q2_R2 is the same forum question as Q1_R1: loaded once
      baseline: 'ir_relq_ranking_order',
      db: test.database.kind,
    });
    // Baseline by hand: Q1 (neg, pos, pos, neg) → AP 7/12, RR 1/2; Q2 (pos, neg, pos, neg) → AP 5/6,
    // RR 1; Q3 has no positive → 0.
    expect(summary.baseline_map).toBeCloseTo((7 / 12 + 5 / 6) / 3, 4);
    expect(summary.baseline_mrr).toBeCloseTo(50, 2);
    // The ranker puts the licence and gym/pool threads first: AP 1 for Q1 and Q2, Q3 still 0.
    expect(summary.map).toBeCloseTo(2 / 3, 4);
    expect(summary.mrr).toBeCloseTo(200 / 3, 2);
    expect(summary.ratio).toBeGreaterThan(1);
    for (const key of ['precision', 'recall', 'f1', 'accuracy', 'seconds', 'composer_p99_ms'])
      expect(typeof summary[key]).toBe('number');

    // The run file: the gold file's order, `ORGQ_ID RELQ_ID 0 score true|false`.
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'Q1 Q1_R1',
      'Q1 Q1_R2',
      'Q1 Q1_R3',
      'Q1 Q1_R4',
      'Q2 Q2_R1',
      'Q2 Q2_R2',
      'Q2 Q2_R3',
      'Q2 Q2_R4',
      'Q3 Q3_R1',
      'Q3 Q3_R2',
      'Q3 Q3_R3',
    ]);
    for (const line of lines) expect(line).toMatch(/^Q\d+ Q\d+_R\d+ 0 \d+(\.\d+)?(e-\d+)? (true|false)$/);
    const score = (id: string) => Number(lines.find((line) => line.includes(` ${id} `))?.split(' ')[3]);
    expect(score('Q1_R2')).toBeGreaterThan(score('Q1_R4'));
    expect(score('Q1_R1')).toBe(0); // nothing in common: last, in input order
    expect(lines.find((line) => line.includes(' Q1_R2 '))).toMatch(/ true$/);
    expect(lines.find((line) => line.includes(' Q1_R1 '))).toMatch(/ false$/);
  });
});
