import { loadavg } from 'node:os';

export type DbKind = 'pglite' | 'postgres';

/** One figure, the DESIGN.md §5 line: a value next to a baseline measured in the same run. */
export interface FigureCore {
  bench: string;
  metric: string;
  value: number;
  p50_ms?: number;
  p99_ms?: number;
  rss_mb?: number;
  db: DbKind;
  baseline: string;
  baseline_value: number;
  ratio: number;
  n: number;
}

/** stdout carries the figures and nothing else, so `hearth bench … | jq` always parses. */
export function emit(figure: Omit<FigureCore, 'ratio'> & { ratio?: number } & Record<string, unknown>): void {
  const { ratio: given, ...rest } = figure;
  const ratio = round(given ?? (figure.baseline_value > 0 ? figure.value / figure.baseline_value : 0), 3);
  // The fixed fields first, in the order of the DESIGN.md example (undefined ones are left out),
  // then the extras. The load average lets a reader discount a run on a busy machine.
  const { bench, metric, value, p50_ms, p99_ms, rss_mb, db, baseline, baseline_value, n } = figure;
  const fixed = { bench, metric, value, p50_ms, p99_ms, rss_mb, db, baseline, baseline_value, ratio, n };
  const line = { ...fixed, ...rest, ratio, load_avg_1m: round(loadavg()[0] ?? 0, 2) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Progress for the person watching: always on stderr. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** A bar on stderr while something runs for a known number of steps (silent when stderr is not a TTY). */
export async function progressBar(
  label: string,
  total: number,
): Promise<{ tick(value?: number): void; stop(): void }> {
  // A dynamic import keeps cli-progress out of the bundle's start-up path (see load.ts).
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total}`, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  let value = 0;
  return {
    tick: (next) => bar.update((value = next ?? value + 1)),
    stop: () => bar.stop(),
  };
}
