import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createSpikeDetector,
  defaultSpikeSettings,
  type SpikeSettings,
} from '../src/modules/listening/spikes/index.ts';
import {
  nabProfileNames,
  nabProfiles,
  normalizeScore,
  scoreFile,
  sweepThreshold,
  type NabProfileName,
  type RowWindow,
} from './nab-scorer.ts';
import { log, type Progress } from './progress.ts';
import { windowedGaussianScores } from './spikes-baseline.ts';

export interface SpikesEvalOptions {
  /** A NAB series CSV (`timestamp,value`) or a folder of them (searched recursively). */
  input: string;
  /** The folder for one `timestamp,value,anomaly_score,alert` CSV per input file. */
  out: string;
  /** NAB's `combined_windows.json`; by default found in a `labels/` folder above the input. */
  labels?: string;
  settings?: Partial<SpikeSettings>;
  progress?: (label: string, total: number) => Progress;
  /** Where the per-profile JSON lines go (the summary is returned). */
  emit?: (line: string) => void;
}

export interface SpikesProfileLine {
  eval: 'spikes';
  profile: NabProfileName;
  input: string;
  files: number;
  rows: number;
  /** Labelled windows in the scored files (files without labels are written but not scored). */
  windows: number;
  /** NAB normalised score of the detector's own alerts: 100 perfect, 0 the detector that never fires. */
  score: number | null;
  raw: number | null;
  windows_hit: number;
  /** Alerts (rows) after the probationary period outside every window. */
  false_alerts: number;
  baseline: 'windowed_gaussian';
  /** The baseline at its best threshold on these same files (tuned with hindsight, as NAB does). */
  baseline_score: number | null;
  baseline_threshold: number | null;
  ratio: number | null;
}

export interface SpikesSummary {
  eval: 'spikes';
  input: string;
  out: string;
  files: number;
  rows: number;
  windows: number;
  alerts: number;
  standard: number | null;
  reward_low_FP_rate: number | null;
  reward_low_FN_rate: number | null;
  baseline: 'windowed_gaussian';
  baseline_standard: number | null;
  baseline_reward_low_FP_rate: number | null;
  baseline_reward_low_FN_rate: number | null;
  ratio_standard: number | null;
  per_file: Record<string, number | null>;
  settings: SpikeSettings;
  detector_us_per_row: number;
  seconds: number;
}

interface Series {
  /** The file's path relative to the input folder (its output name). */
  name: string;
  path: string;
  timestamps: string[];
  values: string[];
  times: number[];
  counts: number[];
}

interface ScoredSeries {
  series: Series;
  windows: RowWindow[] | null;
  scores: number[];
  alerts: boolean[];
  baseline: number[];
}

const silentProgress = (): Progress => ({ tick: () => undefined, stop: () => undefined });

/**
 * `hearth eval spikes`: runs the listening spike detector (`createSpikeDetector`, default settings,
 * the same for every file) over each NAB series one row at a time, writes
 * `timestamp,value,anomaly_score,alert` per file (alert = the detector's own decision, online), and
 * scores the alerts with NAB's three profiles next to a windowed Gaussian baseline.
 */
export async function evalSpikes(options: SpikesEvalOptions): Promise<SpikesSummary> {
  const started = performance.now();
  const settings: SpikeSettings = { ...defaultSpikeSettings, ...options.settings };
  const files = seriesFiles(options.input);
  if (files.length === 0) throw new Error(`${options.input}: no .csv series found`);
  const labelsPath = options.labels ?? findLabels(options.input);
  const labels = labelsPath ? readLabels(labelsPath) : null;
  log(
    labelsPath ? `Windows from ${labelsPath}` : 'No labels/combined_windows.json found: writing alerts only',
  );

  const progress = (options.progress ?? silentProgress)('Series', files.length);
  const scored: ScoredSeries[] = [];
  let detectorMs = 0;
  let rows = 0;
  for (const file of files) {
    const series = readSeries(file.path, file.name);
    const detector = createSpikeDetector(settings);
    const scores: number[] = [];
    const alerts: boolean[] = [];
    const start = performance.now();
    series.times.forEach((time, i) => {
      const step = detector.update(time, series.counts[i] ?? 0);
      scores.push(step.score);
      alerts.push(step.alert);
    });
    detectorMs += performance.now() - start;
    rows += series.times.length;
    writeSeries(join(options.out, file.name), series, scores, alerts);
    scored.push({
      series,
      windows: labels ? windowsFor(series, labels) : null,
      scores,
      alerts,
      baseline: windowedGaussianScores(series.counts),
    });
    progress.tick();
  }
  progress.stop();

  const labelled = scored.filter(
    (entry): entry is ScoredSeries & { windows: RowWindow[] } => entry.windows !== null,
  );
  const windows = labelled.reduce((sum, entry) => sum + entry.windows.length, 0);
  const lines = nabProfileNames.map((name) =>
    profileLine(name, options.input, scored, labelled, windows, rows),
  );
  for (const line of lines) options.emit?.(`${JSON.stringify(line)}\n`);

  const byProfile = (name: NabProfileName) => lines.find((line) => line.profile === name);
  const standard = byProfile('standard');
  return {
    eval: 'spikes',
    input: options.input,
    out: options.out,
    files: scored.length,
    rows,
    windows,
    alerts: scored.reduce((sum, entry) => sum + entry.alerts.filter(Boolean).length, 0),
    standard: standard?.score ?? null,
    reward_low_FP_rate: byProfile('reward_low_FP_rate')?.score ?? null,
    reward_low_FN_rate: byProfile('reward_low_FN_rate')?.score ?? null,
    baseline: 'windowed_gaussian',
    baseline_standard: standard?.baseline_score ?? null,
    baseline_reward_low_FP_rate: byProfile('reward_low_FP_rate')?.baseline_score ?? null,
    baseline_reward_low_FN_rate: byProfile('reward_low_FN_rate')?.baseline_score ?? null,
    ratio_standard: standard?.ratio ?? null,
    per_file: Object.fromEntries(
      scored.map((entry) => [
        entry.series.name,
        entry.windows ? round(scoreFile(entry.alerts, entry.windows, nabProfiles.standard).raw, 4) : null,
      ]),
    ),
    settings,
    detector_us_per_row: round((1000 * detectorMs) / Math.max(1, rows), 2),
    seconds: round((performance.now() - started) / 1000, 2),
  };
}

function profileLine(
  name: NabProfileName,
  input: string,
  scored: readonly ScoredSeries[],
  labelled: readonly (ScoredSeries & { windows: RowWindow[] })[],
  windows: number,
  rows: number,
): SpikesProfileLine {
  const profile = nabProfiles[name];
  let raw = 0;
  let hit = 0;
  let falseAlerts = 0;
  for (const entry of labelled) {
    const file = scoreFile(entry.alerts, entry.windows, profile);
    raw += file.raw;
    hit += file.windowsHit;
    falseAlerts += file.fp;
  }
  const scoredAny = labelled.length > 0 && windows > 0;
  const swept = scoredAny
    ? sweepThreshold(
        labelled.map((entry) => ({ scores: entry.baseline, windows: entry.windows })),
        profile,
      )
    : null;
  const score = scoredAny ? normalizeScore(raw, windows, profile) : null;
  const baselineScore = swept ? normalizeScore(swept.raw, windows, profile) : null;
  return {
    eval: 'spikes',
    profile: name,
    input,
    files: scored.length,
    rows,
    windows,
    score: score === null ? null : round(score, 2),
    raw: scoredAny ? round(raw, 4) : null,
    windows_hit: hit,
    false_alerts: falseAlerts,
    baseline: 'windowed_gaussian',
    baseline_score: baselineScore === null ? null : round(baselineScore, 2),
    baseline_threshold: swept && Number.isFinite(swept.threshold) ? swept.threshold : null,
    ratio: score !== null && baselineScore ? round(score / baselineScore, 3) : null,
  };
}

/** The input file, or every .csv under the input folder, named relative to it. */
function seriesFiles(input: string): { path: string; name: string }[] {
  if (!statSync(input).isDirectory()) return [{ path: input, name: basename(input) }];
  const found: { path: string; name: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.toLowerCase().endsWith('.csv')) found.push({ path, name: relative(input, path) });
    }
  };
  walk(input);
  return found;
}

/** A NAB series: header `timestamp,value`, timestamps `YYYY-MM-DD HH:MM:SS` (read as UTC). */
export function parseSeries(text: string, name: string, path = name): Series {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  const timeColumn = header.indexOf('timestamp');
  const valueColumn = header.indexOf('value');
  if (timeColumn < 0 || valueColumn < 0) throw new Error(`${path}: the header must hold timestamp and value`);
  const series: Series = { name, path, timestamps: [], values: [], times: [], counts: [] };
  lines.forEach((line, i) => {
    const cells = line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
    const timestamp = cells[timeColumn] ?? '';
    const value = cells[valueColumn] ?? '';
    const time = parseTimestamp(timestamp);
    const count = Number(value);
    if (!Number.isFinite(time) || value === '' || !Number.isFinite(count))
      throw new Error(`${path}: line ${i + 2} is not a timestamp and a number`);
    series.timestamps.push(timestamp);
    series.values.push(value);
    series.times.push(time);
    series.counts.push(count);
  });
  return series;
}

function readSeries(path: string, name: string): Series {
  return parseSeries(readFileSync(path, 'utf8'), name, path);
}

/** `2015-02-26 21:42:53` (optionally with fractional seconds) as UTC milliseconds. */
export function parseTimestamp(text: string): number {
  const iso = text.trim().replace(' ', 'T');
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
}

function writeSeries(
  path: string,
  series: Series,
  scores: readonly number[],
  alerts: readonly boolean[],
): void {
  mkdirSync(dirname(path), { recursive: true });
  const lines = ['timestamp,value,anomaly_score,alert'];
  series.timestamps.forEach((timestamp, i) => {
    lines.push(`${timestamp},${series.values[i]},${round(scores[i] ?? 0, 6)},${alerts[i] ? 1 : 0}`);
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** `labels/combined_windows.json` in the input's folder or any folder above it. */
function findLabels(input: string): string | null {
  let folder = resolve(input);
  for (;;) {
    const candidate = join(folder, 'labels', 'combined_windows.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

type Labels = Map<string, [string, string][]>;

function readLabels(path: string): Labels {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, [string, string][]>;
  return new Map(Object.entries(json));
}

/**
 * The windows of a series as row indices: its labels key is `<category>/<file>.csv`; matched on the
 * folder and file name, else on the file name alone. Null when the file is not labelled.
 */
function windowsFor(series: Series, labels: Labels): RowWindow[] | null {
  const file = basename(series.path);
  const category = basename(dirname(resolve(series.path)));
  const key = labels.has(`${category}/${file}`)
    ? `${category}/${file}`
    : [...labels.keys()].find((k) => basename(k) === file);
  const spans = key ? labels.get(key) : undefined;
  if (!spans) return null;
  const rowOf = new Map(series.times.map((time, i) => [time, i]));
  return spans
    .map(([start, end]) => ({ start: rowOf.get(parseTimestamp(start)), end: rowOf.get(parseTimestamp(end)) }))
    .filter((w): w is RowWindow => w.start !== undefined && w.end !== undefined)
    .sort((a, b) => a.start - b.start);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
