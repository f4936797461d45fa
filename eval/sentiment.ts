import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreSentiment, type SentimentResult } from '../src/modules/listening/sentiment/index.ts';
import { parseCsv, writeCsv } from './intent-csv.ts';
import { log, type Progress } from './progress.ts';
import { wordCountScore } from './sentiment-baseline.ts';
import { classScores, goldClass, pearson, type SentimentClass } from './sentiment-metrics.ts';
import { parseGroundTruth, type SentimentRow } from './sentiment-truth.ts';

export interface SentimentEvalOptions {
  /** A VADER ground-truth file, a CSV `id,text`, or a folder of them. */
  input: string;
  /** A CSV `id,score,label` for one file; a folder with one such CSV per file for a folder. */
  out: string;
  /** Gold ratings within this distance of 0 (on −4…4) count as neutral. */
  neutralBand?: number;
  progress?: (label: string, total: number) => Progress;
  /** Where each corpus's line goes (the CLI: stdout). */
  emit?: (line: string) => void;
}

/** One corpus; every score is null when the file has no ratings. */
export interface SentimentCorpusSummary {
  eval: 'sentiment';
  corpus: string;
  n: number;
  skipped_lines: number;
  pearson_r: number | null;
  accuracy: number | null;
  macro_f1: number | null;
  gold_neutral_band: number;
  baseline: 'word_count_lexicon';
  baseline_pearson_r: number | null;
  baseline_accuracy: number | null;
  baseline_macro_f1: number | null;
  /** pearson_r / baseline_pearson_r. */
  ratio: number | null;
  texts_per_s: number;
  baseline_texts_per_s: number;
}

export interface SentimentEvalSummary {
  eval: 'sentiment';
  corpus: 'all';
  files: number;
  n: number;
  /** Means over the rated corpora, each corpus counting once. */
  mean_pearson_r: number | null;
  mean_accuracy: number | null;
  mean_macro_f1: number | null;
  baseline_mean_pearson_r: number | null;
  ratio: number | null;
  texts_per_s: number;
  seconds: number;
}

const silentProgress = (): Progress => ({ tick: () => undefined, stop: () => undefined });

/**
 * `hearth eval sentiment`: scores every text through the product's `scoreSentiment` (the function
 * listening enrichment calls), writes `id,score,label`, and emits one JSON line per corpus with
 * Pearson r against the mean human rating, 3-class accuracy and macro-F1, next to a plain
 * word-count baseline scored in the same run. Returns the line over all corpora.
 */
export function evalSentiment(options: SentimentEvalOptions): SentimentEvalSummary {
  const started = performance.now();
  const band = options.neutralBand ?? 0.5;
  const progress = options.progress ?? silentProgress;
  const emit = options.emit ?? (() => undefined);
  const folder = statSync(options.input).isDirectory();
  const files = folder ? corpusFiles(options.input) : [options.input];
  if (files.length === 0) throw new Error(`${options.input}: no *_GroundTruth.txt, .txt or .csv files`);

  const summaries: SentimentCorpusSummary[] = [];
  let scoringMs = 0;
  for (const file of files) {
    const { rows, skipped } = readRows(file);
    for (const line of skipped.slice(0, 5)) log(`${file}:${line.line}: skipped (${line.reason})`);
    const corpus = corpusName(file);
    const bar = progress(corpus, rows.length);
    const start = performance.now();
    const results: SentimentResult[] = [];
    for (const row of rows) {
      results.push(scoreSentiment(row.text));
      bar.tick();
    }
    const ms = performance.now() - start;
    bar.stop();
    scoringMs += ms;
    const baseStart = performance.now();
    const baseScores = rows.map((row) => wordCountScore(row.text));
    const baseMs = performance.now() - baseStart;

    writeCsv(
      folder ? join(options.out, `${corpus}.csv`) : options.out,
      ['id', 'score', 'label'],
      rows.map((row, i) => [row.id, String(results[i]?.score ?? 0), results[i]?.label ?? 'neutral']),
    );

    const rated = rows.length > 0 && rows.every((row) => row.rating !== null);
    const ratings = rows.map((row) => row.rating ?? 0);
    const gold = ratings.map((rating) => goldClass(rating, band));
    const system = rated
      ? scoreRun(
          ratings,
          gold,
          results.map((result) => result.score),
          results.map((r) => r.label),
        )
      : null;
    const base = rated
      ? scoreRun(
          ratings,
          gold,
          baseScores,
          baseScores.map((s) => labelOf(s, 0.1)),
        )
      : null;
    const summary: SentimentCorpusSummary = {
      eval: 'sentiment',
      corpus,
      n: rows.length,
      skipped_lines: skipped.length,
      pearson_r: system && round(system.r, 4),
      accuracy: system && round(system.accuracy, 4),
      macro_f1: system && round(system.macroF1, 4),
      gold_neutral_band: band,
      baseline: 'word_count_lexicon',
      baseline_pearson_r: base && round(base.r, 4),
      baseline_accuracy: base && round(base.accuracy, 4),
      baseline_macro_f1: base && round(base.macroF1, 4),
      ratio: system && base && base.r !== 0 ? round(system.r / base.r, 3) : null,
      texts_per_s: Math.round((rows.length / Math.max(ms, 1e-3)) * 1000),
      baseline_texts_per_s: Math.round((rows.length / Math.max(baseMs, 1e-3)) * 1000),
    };
    summaries.push(summary);
    emit(`${JSON.stringify(summary)}\n`);
  }

  const scored = summaries.filter((s) => s.pearson_r !== null);
  const mean = (pick: (s: SentimentCorpusSummary) => number | null) =>
    scored.length === 0 ? null : round(scored.reduce((sum, s) => sum + (pick(s) ?? 0), 0) / scored.length, 4);
  const n = summaries.reduce((sum, s) => sum + s.n, 0);
  const meanR = mean((s) => s.pearson_r);
  const baseR = mean((s) => s.baseline_pearson_r);
  return {
    eval: 'sentiment',
    corpus: 'all',
    files: files.length,
    n,
    mean_pearson_r: meanR,
    mean_accuracy: mean((s) => s.accuracy),
    mean_macro_f1: mean((s) => s.macro_f1),
    baseline_mean_pearson_r: baseR,
    ratio: meanR !== null && baseR ? round(meanR / baseR, 3) : null,
    texts_per_s: Math.round((n / Math.max(scoringMs, 1e-3)) * 1000),
    seconds: round((performance.now() - started) / 1000, 1),
  };
}

function scoreRun(
  ratings: readonly number[],
  gold: readonly SentimentClass[],
  scores: readonly number[],
  labels: readonly SentimentClass[],
): { r: number; accuracy: number; macroF1: number } {
  return { r: pearson(scores, ratings), ...classScores(gold, labels) };
}

function labelOf(score: number, threshold: number): SentimentClass {
  return score >= threshold ? 'positive' : score <= -threshold ? 'negative' : 'neutral';
}

/** In a folder: the ground-truth files if there are any, else every .txt and .csv (not the ratings). */
export function corpusFiles(dir: string): string[] {
  const names = readdirSync(dir).sort();
  const truth = names.filter((name) => name.endsWith('_GroundTruth.txt'));
  const chosen =
    truth.length > 0
      ? truth
      : names.filter(
          (name) => /\.(txt|csv)$/i.test(name) && !/anonDataRatings|lexicon|README|LICENSE/i.test(name),
        );
  return chosen.map((name) => join(dir, name));
}

function corpusName(file: string): string {
  return basename(file, extname(file)).replace(/_GroundTruth$/, '');
}

function readRows(file: string): { rows: SentimentRow[]; skipped: { line: number; reason: string }[] } {
  const content = readFileSync(file, 'utf8');
  if (extname(file).toLowerCase() !== '.csv') return parseGroundTruth(content);
  const [header, ...records] = parseCsv(content.replace(/^\uFEFF/, ''));
  const idColumn = header?.indexOf('id') ?? -1;
  const textColumn = header?.indexOf('text') ?? -1;
  if (textColumn < 0) throw new Error(`${file}: a CSV needs a header with a text column (and id)`);
  return {
    rows: records.map((record, i) => ({
      id: idColumn >= 0 ? (record[idColumn] ?? String(i + 1)) : String(i + 1),
      rating: null,
      text: record[textColumn] ?? '',
    })),
    skipped: [],
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
