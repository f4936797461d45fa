import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../../context.ts';
import { prepareMention, type PreparedMention, type PrepareSource } from './prepare.ts';
import type { WatchQuery } from './query/index.ts';
import { matchersOf, type LiveRule } from './rule-cache.ts';
import type { IncomingMention } from './types.ts';

export interface PrepareTask {
  id: number;
  mentions: readonly IncomingMention[];
  source: PrepareSource;
  rules: { id: string; query: WatchQuery }[];
  /** Changes whenever a rule does, so a worker compiles the rules only when they changed. */
  rulesKey: string;
  nowMs: number;
}

export type PrepareReply =
  { id: number; prepared: (PreparedMention | null)[] } | { id: number; error: string };

/** Smaller batches are prepared in place: handing them over would cost more than it saves. */
export const pooledBatchMin = 64;

interface Pending {
  resolve: (prepared: (PreparedMention | null)[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * In the bundle the worker is its own file next to it. From source (tests, `tsx`), a worker
 * inherits no loader hooks, so it registers tsx's before importing the .ts file.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./prepare-worker.js', import.meta.url));
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = new URL('./dist/esm/api/index.mjs', tsxPackage).href;
  const file = new URL('./prepare-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { eval: true });
}

/**
 * Worker threads that prepare large batches, least busy first. A worker that fails takes its batches' promises with it
 * (they are prepared in place instead) and is replaced on the next batch; if workers cannot
 * start at all, everything is prepared in place.
 */
export class PreparePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private unavailable = false;
  private closed = false;

  constructor(private readonly size: number) {}

  /** Workers started and still there. */
  get running(): number {
    return this.slots.length;
  }

  /** Ends the workers; batches still on them are prepared in place. */
  async close(): Promise<void> {
    this.closed = true;
    this.unavailable = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) this.rejectAll(slot, new Error('the prepare pool closed'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  async prepare(
    mentions: readonly IncomingMention[],
    source: PrepareSource,
    rules: readonly LiveRule[],
    now: Date,
  ): Promise<(PreparedMention | null)[]> {
    if (this.size === 0 || this.unavailable || mentions.length < pooledBatchMin)
      return prepareHere(mentions, source, rules, now);
    try {
      return await this.send(mentions, source, rules, now);
    } catch (error) {
      if (!this.closed) warnOnce(error);
      return prepareHere(mentions, source, rules, now);
    }
  }

  private send(
    mentions: readonly IncomingMention[],
    source: PrepareSource,
    rules: readonly LiveRule[],
    now: Date,
  ): Promise<(PreparedMention | null)[]> {
    const slot = this.leastBusy();
    const id = this.nextId++;
    const task: PrepareTask = {
      id,
      mentions,
      source: { id: source.id, name: source.name, kind: source.kind, platform: source.platform },
      rules: rules.map((rule) => ({ id: rule.row.id, query: rule.row.compiled })),
      rulesKey: rules.map((rule) => `${rule.row.id}@${rule.row.updatedAt.getTime()}`).join(','),
      nowMs: now.getTime(),
    };
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      // Held while it works, so a command waiting on it is not ended early; let go when idle.
      slot.worker.ref();
      slot.worker.postMessage(task);
    });
  }

  /** An idle worker, else a new one while there is room, else the one with the fewest batches. */
  private leastBusy(): Slot {
    const idle = this.slots.find((slot) => slot.pending.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.add();
    return this.slots.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
  }

  private add(): Slot {
    const slot: Slot = { worker: startWorker(), pending: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (reply: PrepareReply) => this.settle(slot, reply));
    slot.worker.on('error', (error) => this.fail(slot, error));
    slot.worker.on('exit', (code) => this.fail(slot, new Error(`prepare worker exited (${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, reply: PrepareReply): void {
    const waiting = slot.pending.get(reply.id);
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) slot.worker.unref();
    if (!waiting) return;
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.prepared);
  }

  private fail(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    // A worker that could not even load (no loader, a broken bundle) will not load next time either.
    if (isLoadFailure(error)) this.unavailable = true;
    this.rejectAll(slot, error);
    void slot.worker.terminate();
  }

  private rejectAll(slot: Slot, error: Error): void {
    for (const waiting of slot.pending.values()) waiting.reject(error);
    slot.pending.clear();
  }
}

function isLoadFailure(error: Error): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNKNOWN_FILE_EXTENSION' || code === 'ERR_WORKER_PATH'
  );
}

/** Mentions prepared in place between two turns of the event loop. */
const preparedPerTurn = 50;

/** In place, giving the event loop a turn every few mentions so other work goes on meanwhile. */
async function prepareHere(
  mentions: readonly IncomingMention[],
  source: PrepareSource,
  rules: readonly LiveRule[],
  now: Date,
): Promise<(PreparedMention | null)[]> {
  const matchers = matchersOf(rules);
  const prepared: (PreparedMention | null)[] = [];
  for (const [n, mention] of mentions.entries()) {
    if (n > 0 && n % preparedPerTurn === 0) await new Promise((resolve) => setImmediate(resolve));
    prepared.push(prepareMention(mention, source, matchers, now));
  }
  return prepared;
}

let warned = false;
function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  const message = error instanceof Error ? error.message : String(error);
  process.emitWarning(`Preparing mentions on a worker thread failed (${message}); preparing them in place.`);
}

// One pool per running Hearth (tests run several in one process), started on its first large batch.
const pools = new WeakMap<AppContext, PreparePool>();

/** LISTENING_WORKERS, or when unset one per core but one (the main thread and the database need theirs). */
function workerCount(configured: number | null): number {
  return configured ?? Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function preparePoolOf(ctx: AppContext): PreparePool {
  let pool = pools.get(ctx);
  if (!pool) {
    pool = new PreparePool(workerCount(ctx.config.listeningWorkers));
    pools.set(ctx, pool);
  }
  return pool;
}

export async function closePreparePool(ctx: AppContext): Promise<void> {
  const pool = pools.get(ctx);
  pools.delete(ctx);
  await pool?.close();
}
