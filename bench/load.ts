import type autocannon from 'autocannon';
import { log, progressBar, round } from './output.ts';

export interface LoadResult {
  reqPerS: number;
  p50Ms: number;
  p99Ms: number;
  /** 2xx answers in the measured run: only successful requests count toward req/s. */
  n: number;
  /** Connection errors, timeouts and non-2xx answers: a figure with any of these is not comparable. */
  failures: number;
}

export interface LoadOptions {
  label: string;
  url: string;
  headers?: Record<string, string>;
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  /** Called when the warm-up is over and the measured run begins. */
  onMeasuring?: () => void;
}

interface Run {
  result: autocannon.Result;
  /** 2xx response times in ms, unrounded: autocannon's own histogram keeps whole milliseconds only. */
  latencies: number[];
}

async function run(options: autocannon.Options, label: string): Promise<Run> {
  // Imported here, not at the top: the esbuild bundle hoists static imports of packages, and
  // autocannon (~300 ms, ~27 MB) would then load on every `hearth start`.
  const { default: autocannon } = await import('autocannon');
  const seconds = Number(options.duration ?? 10);
  const bar = await progressBar(label, seconds);
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result) => {
      bar.stop();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve({ result, latencies });
    });
    instance.on('tick', () => bar.tick());
    instance.on('response', (_client, status: number, _bytes, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * A short warm-up (JIT, connection setup, caches) that is thrown away, then the measured run.
 * autocannon runs in this process; the server is always a child process.
 */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  const base: autocannon.Options = {
    url: options.url,
    connections: options.connections ?? 10,
    headers: options.headers ?? {},
    timeout: 10,
  };
  log(`${options.label}: warm-up ${options.warmupSeconds ?? 2} s, then ${options.seconds ?? 10} s`);
  await run({ ...base, duration: options.warmupSeconds ?? 2 }, `${options.label} warm-up`);
  options.onMeasuring?.();
  const { result, latencies } = await run({ ...base, duration: options.seconds ?? 10 }, options.label);
  const sorted = Float64Array.from(latencies).sort();
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) log(`${options.label}: ${failures} failed requests (errors, timeouts or non-2xx)`);
  return {
    reqPerS: round(result['2xx'] / result.duration, 0),
    p50Ms: round(percentile(sorted, 50), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    n: result['2xx'],
    failures,
  };
}
