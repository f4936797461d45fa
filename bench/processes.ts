import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) * 10 : 0;
}

/**
 * CPU milliseconds of a process and its direct children (a PostgreSQL server and its backends),
 * including children that have already exited.
 */
export function treeCpuMs(rootPid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (!fields) continue;
    const pid = Number(entry);
    if (pid === rootPid)
      total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 10;
    else if (Number(fields[1]) === rootPid) total += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return total;
}

/** The fields of /proc/PID/stat after the command name: [0] state, [1] parent, [11…14] CPU ticks. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

export { findFreePort as freePort } from '../test/support/postgres-server.ts';
