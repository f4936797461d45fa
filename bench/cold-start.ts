import type { BenchTarget } from './database.ts';
import { emit, log, median, progressBar, round } from './output.ts';
import { stopChild } from './processes.ts';
import { startHearth, startHello, type RunningServer } from './servers.ts';

const runs = 5;

/** Spawn → first 200, `runs` times; each server is stopped (and has exited) before the next starts. */
async function timeStarts(label: string, start: () => Promise<RunningServer>): Promise<number[]> {
  const bar = await progressBar(label, runs);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const server = await start();
      times.push(server.startMs);
      await stopChild(server.child);
      bar.tick();
    }
  } finally {
    bar.stop();
  }
  return times;
}

/**
 * Cold start on an existing data dir (created and seeded by the earlier part of the run): what an
 * operator waits for after a restart or an upgrade. The same poller times the bare node:http server.
 */
export async function benchColdStart(target: BenchTarget, firstStartMs: number): Promise<void> {
  log(`Cold start: ${runs} restarts of Hearth on the existing data, then ${runs} of node:http hello`);
  const hearth = await timeStarts('hearth cold start', () => startHearth(target));
  const hello = await timeStarts('node_http_hello cold start', startHello);
  emit({
    bench: 'http.cold_start',
    metric: 'ms_to_first_request',
    value: round(median(hearth)),
    min_ms: round(Math.min(...hearth)),
    max_ms: round(Math.max(...hearth)),
    runs_ms: hearth.map((ms) => round(ms, 0)),
    first_start_ms: round(firstStartMs, 0),
    db: target.db,
    baseline: 'node_http_hello_cold_start',
    baseline_value: round(median(hello)),
    n: runs,
    goal_ms: 1500,
    note:
      'median of spawn → first 200 from GET /api/health (polled every 10 ms); ratio > 1 means slower; ' +
      'first_start_ms: the one-off start that created, migrated and seeded the data',
  });
}
