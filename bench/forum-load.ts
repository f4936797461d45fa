import type autocannon from 'autocannon';
import { measure, type LoadOptions, type LoadResult } from './load.ts';
import { log, progressBar, round } from './output.ts';
import { cpuMs } from './processes.ts';

/** Most figures: 10 connections for 10 s; figures of one client run 8 s. */
export const multiConnections = 10;

export function secondsFor(connections: number): number {
  return connections === 1 ? 8 : 10;
}

/** One request of a round-robin mix, or a function that builds each request afresh (POST bodies). */
export type MixRequest =
  | { path: string; headers?: Record<string, string> }
  | {
      build: () => {
        method: 'GET' | 'POST' | 'PATCH';
        path: string;
        headers: Record<string, string>;
        body?: string;
      };
    };

export interface MixOptions {
  label: string;
  /** Origin of the server, e.g. http://127.0.0.1:3000 */
  origin: string;
  requests: MixRequest[];
  headers?: Record<string, string>;
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  /** The server's pid: its CPU time over the measured run gives `cpuUsPerReq`. */
  pid: number;
}

export interface CpuLoadResult extends LoadResult {
  /** Server CPU time per successful request, in microseconds. */
  cpuUsPerReq: number;
  /**
   * The load generator's own CPU time per request (this process: autocannon parses every response
   * and decodes its body to a string). On 2 shared cores it caps what any server can be measured at.
   */
  clientCpuUsPerReq: number;
}

export interface MixResult extends CpuLoadResult {
  /** Mean response size (headers and body), in bytes. */
  meanBytes: number;
}

function clientCpuSince(start: NodeJS.CpuUsage, n: number): number {
  const used = process.cpuUsage(start);
  return n > 0 ? (used.user + used.system) / n : 0;
}

/** bench/load.ts's `measure` of one URL, with the server's and the load generator's CPU time per request. */
export async function measureWithCpu(pid: number, options: LoadOptions): Promise<CpuLoadResult> {
  let server = 0;
  let client = process.cpuUsage();
  const load = await measure({
    ...options,
    onMeasuring: () => {
      server = cpuMs(pid);
      client = process.cpuUsage();
    },
  });
  return {
    ...load,
    cpuUsPerReq: load.n > 0 ? ((cpuMs(pid) - server) * 1000) / load.n : 0,
    clientCpuUsPerReq: clientCpuSince(client, load.n),
  };
}

function toAutocannon(request: MixRequest): autocannon.Request {
  if ('path' in request) return { method: 'GET', path: request.path, headers: request.headers ?? {} };
  return {
    setupRequest: (defaults) => {
      const built = request.build();
      return { ...defaults, ...built, headers: { ...defaults.headers, ...built.headers } };
    },
  };
}

interface Run {
  result: autocannon.Result;
  latencies: number[];
  bytes: number;
}

async function run(options: autocannon.Options, label: string): Promise<Run> {
  // Loaded on use, not at the top: see bench/load.ts (the bundle would load it on every start).
  const { default: autocannon } = await import('autocannon');
  const bar = await progressBar(label, Number(options.duration ?? 10));
  const latencies: number[] = [];
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result) => {
      bar.stop();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve({ result, latencies, bytes });
    });
    instance.on('tick', () => bar.tick());
    instance.on('response', (_client, status: number, resBytes: number, ms: number) => {
      if (status < 200 || status >= 300) return;
      latencies.push(ms);
      bytes += resBytes;
    });
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * bench/load.ts's `measure` for a mix of requests: each connection walks the list in order and
 * starts over, so a handful of threads or queries share the load evenly. Same warm-up, same
 * figures (2xx only, percentiles of unrounded per-response times), plus the server's CPU time.
 */
export async function measureMix(options: MixOptions): Promise<MixResult> {
  const base: autocannon.Options = {
    url: options.origin,
    connections: options.connections ?? 10,
    headers: options.headers ?? {},
    timeout: 10,
  };
  const seconds = options.seconds ?? 10;
  const warmupSeconds = options.warmupSeconds ?? 2;
  log(`${options.label}: warm-up ${warmupSeconds} s, then ${seconds} s`);
  // autocannon keeps state on the request objects: each run gets its own copies.
  await run(
    { ...base, duration: warmupSeconds, requests: options.requests.map(toAutocannon) },
    `${options.label} warm-up`,
  );
  const before = cpuMs(options.pid);
  const client = process.cpuUsage();
  const { result, latencies, bytes } = await run(
    { ...base, duration: seconds, requests: options.requests.map(toAutocannon) },
    options.label,
  );
  const spentMs = cpuMs(options.pid) - before;
  const sorted = Float64Array.from(latencies).sort();
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) log(`${options.label}: ${failures} failed requests (errors, timeouts or non-2xx)`);
  const n = result['2xx'];
  return {
    reqPerS: round(n / result.duration, 0),
    p50Ms: round(percentile(sorted, 50), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    n,
    failures,
    cpuUsPerReq: n > 0 ? (spentMs * 1000) / n : 0,
    clientCpuUsPerReq: clientCpuSince(client, n),
    meanBytes: n > 0 ? Math.round(bytes / n) : 0,
  };
}

/** Unmeasured load in the background (for checks that must hold while others read); stop() ends it. */
export async function backgroundLoad(
  options: Pick<MixOptions, 'origin' | 'requests' | 'connections'>,
): Promise<{ stop(): Promise<{ requests: number; failures: number }> }> {
  const { default: autocannon } = await import('autocannon');
  let finish: (result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const instance = autocannon(
    {
      url: options.origin,
      connections: options.connections ?? 4,
      duration: 600,
      timeout: 10,
      requests: options.requests.map(toAutocannon),
    },
    (_error: unknown, result) => finish(result),
  );
  return {
    stop: async () => {
      instance.stop();
      const result = await done;
      return { requests: result.requests.total, failures: result.errors + result.timeouts + result.non2xx };
    },
  };
}
