import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

/** A server under test, always in its own process: the load generator must not share its CPU time. */
export interface Child {
  process: ChildProcess;
  pid: number;
  /** performance.now() at spawn, so start-up times count from the fork. */
  spawnedAt: number;
  exited: Promise<number | null>;
  /** The last lines the child printed, for error messages. */
  output(): string;
}

const live = new Set<ChildProcess>();
// A bench that throws must not leave servers behind holding ports and data dirs.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export function spawnChild(args: string[], env: Record<string, string>, cwd: string): Child {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`Could not spawn node ${args.join(' ')}`);
  live.add(child);
  // The pipes must be drained or a chatty child blocks on write; only the tail is kept.
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  return { process: child, pid: child.pid, spawnedAt, exited, output: () => tail };
}

function isRunning(child: Child): boolean {
  return child.process.exitCode === null && child.process.signalCode === null;
}

/** One GET on a fresh connection (no pooled socket survives a killed server); resolves to the status or 0. */
export function statusOf(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, headers, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/** Polls until `url` answers 200; returns milliseconds since the child was spawned. */
export async function waitFor200(child: Child, url: string, timeoutMs = 60_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!isRunning(child)) throw new Error(`The server exited before answering ${url}:\n${child.output()}`);
    if ((await statusOf(url)) === 200) return performance.now() - child.spawnedAt;
    await delay(10);
  }
  throw new Error(`No 200 from ${url} within ${timeoutMs} ms:\n${child.output()}`);
}

/** SIGTERM (a graceful stop that releases the data-dir lock), then SIGKILL if it hangs. */
export async function stopChild(child: Child, graceMs = 20_000): Promise<void> {
  if (!isRunning(child)) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

export async function killChild(child: Child): Promise<void> {
  if (isRunning(child)) child.process.kill('SIGKILL');
  await child.exited;
}

/** Resident memory from /proc (Linux), in MB; 0 where /proc is not available. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used so far, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export { findFreePort as freePort } from '../test/support/postgres-server.ts';
