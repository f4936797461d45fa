/**
 * A worker thread that prepares mentions (clean, key, enrich, match) for the prepare pool, so a
 * bulk import or a large webhook delivery leaves the main thread free for the database.
 */
import { parentPort } from 'node:worker_threads';
import { prepareMention, type RuleMatcher } from './prepare.ts';
import { compileWatchQuery } from './query/index.ts';
import type { PrepareReply, PrepareTask } from './prepare-pool.ts';

let compiled: { key: string; rules: RuleMatcher[] } | null = null;

/** Rules arrive as query trees (closures cannot cross threads); compiled once per version. */
function rulesOf(task: PrepareTask): RuleMatcher[] {
  if (compiled?.key !== task.rulesKey)
    compiled = {
      key: task.rulesKey,
      rules: task.rules.map((rule) => ({ id: rule.id, compiled: compileWatchQuery(rule.query) })),
    };
  return compiled.rules;
}

function run(task: PrepareTask): PrepareReply {
  try {
    const rules = rulesOf(task);
    const now = new Date(task.nowMs);
    return { id: task.id, prepared: task.mentions.map((m) => prepareMention(m, task.source, rules, now)) };
  } catch (error) {
    return { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (task: PrepareTask) => parentPort?.postMessage(run(task)));
