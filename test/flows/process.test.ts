import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/core/paths.ts';
import { openPglite } from '../../src/db/index.ts';

/** The real `hearth start` in a child process, as a person runs it. */
function startProcess(env: Record<string, string>): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/index.ts'), 'start'], {
    env: { ...process.env, PORT: '0', HEARTH_DEMO: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForUrl(output: () => string, exited: Promise<number | null>): Promise<string> {
  const deadline = Date.now() + 45_000;
  let done = false;
  void exited.then(() => (done = true));
  for (;;) {
    const match = /running at (http:\/\/localhost:\d+)/.exec(output());
    if (match?.[1]) return match[1];
    if (done || Date.now() > deadline) throw new Error(`server did not start:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.skipIf(inject('dbKind') !== 'pglite')('hearth start as a process', () => {
  it('refuses a second process on the same data folder, then shuts down cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-proc-'));
    dirs.push(dir);
    const first = startProcess({ HEARTH_DATA_DIR: dir });
    const url = await waitForUrl(first.output, first.exited);
    expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: 'ok', db: 'pglite' });

    const second = startProcess({ HEARTH_DATA_DIR: dir });
    expect(await second.exited).toBe(75);
    expect(second.output()).toMatch(/Another Hearth process \(pid \d+\) is using the data folder/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dir, 'hearth.lock'))).toBe(false);
    const reopened = await openPglite(dir);
    const { rows } = await reopened.sql.query<{ n: number }>('select count(*)::int as n from site_settings');
    expect(rows[0]?.n).toBeGreaterThan(0);
    await reopened.close();
  }, 90_000);

  it('takes over the lock of a process that was killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-proc-'));
    dirs.push(dir);
    const first = startProcess({ HEARTH_DATA_DIR: dir });
    await waitForUrl(first.output, first.exited);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dir, 'hearth.lock'))).toBe(true);
    const second = startProcess({ HEARTH_DATA_DIR: dir });
    const url = await waitForUrl(second.output, second.exited);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 90_000);

  it('exits listing every configuration problem at once', async () => {
    const run = startProcess({ PORT: 'eighty', HEARTH_SIGNUP_MODE: 'closed', HEARTH_SECRET: 'short' });
    expect(await run.exited).toBe(78);
    expect(run.output()).toContain('PORT="eighty": expected a whole number');
    expect(run.output()).toContain('HEARTH_SIGNUP_MODE="closed": expected one of open, invite');
    expect(run.output()).toContain('HEARTH_SECRET: must be at least 32 characters');
    expect(run.output()).not.toContain('short');
  }, 30_000);
});
