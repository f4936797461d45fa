import { setTimeout as delay } from 'node:timers/promises';
import type { BenchTarget } from './database.ts';
import { emit, log, progressBar, round } from './output.ts';
import { rssMb, stopChild } from './processes.ts';
import { startHearth } from './servers.ts';

const idleSeconds = 20;
const sampleEverySeconds = 2;
const demoActivitySeconds = 2;

/**
 * Memory of a running instance nobody is using, with the demo generating activity: what a small
 * VPS has to hold. Sampled over the idle window because background jobs make RSS move.
 */
export async function benchIdleRss(target: BenchTarget, helloIdleRssMb: number): Promise<void> {
  log(`Idle RSS: Hearth with HEARTH_DEMO_ACTIVITY_SECONDS=${demoActivitySeconds}, ${idleSeconds} s idle`);
  const hearth = await startHearth(target, { HEARTH_DEMO_ACTIVITY_SECONDS: String(demoActivitySeconds) });
  const samples: number[] = [];
  const bar = await progressBar('idle RSS samples', idleSeconds / sampleEverySeconds);
  try {
    for (let elapsed = 0; elapsed < idleSeconds; elapsed += sampleEverySeconds) {
      await delay(sampleEverySeconds * 1000);
      samples.push(rssMb(hearth.child.pid));
      bar.tick();
    }
  } finally {
    bar.stop();
    await stopChild(hearth.child);
  }
  const max = Math.max(...samples);
  emit({
    bench: 'http.idle_rss',
    metric: 'rss_mb_max',
    value: round(max),
    rss_mb: round(max),
    last_mb: round(samples.at(-1) ?? 0),
    first_mb: round(samples[0] ?? 0),
    db: target.db,
    baseline: 'node_http_hello_idle_rss',
    baseline_value: round(helloIdleRssMb),
    n: samples.length,
    goal_mb: 400,
    note: `VmRSS every ${sampleEverySeconds} s over ${idleSeconds} s idle with the demo activity on`,
  });
}
