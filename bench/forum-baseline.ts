import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { projectRoot } from '../src/core/paths.ts';
import { measureWithCpu, multiConnections, secondsFor, type CpuLoadResult } from './forum-load.ts';
import { freePort, rssMb, spawnChild, stopChild, waitFor200 } from './processes.ts';
import { startHello, type RunningServer } from './servers.ts';

// Answers each request with the next of the given bodies, encoded once up front, with the JSON
// content type: the least any server must do to deliver those bytes.
const sameBodySource = `
const bodies = JSON.parse(require('node:fs').readFileSync(process.env.BODIES_FILE, 'utf8')).map((b) => Buffer.from(b));
let next = 0;
require('node:http')
  .createServer((q, s) => {
    s.setHeader('content-type', 'application/json; charset=utf-8');
    s.end(bodies[next++ % bodies.length]);
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

/**
 * A second baseline for the page figures: bare node:http sending the very same page bodies. The
 * hello baseline sends 2 bytes; a thread page of 100 posts is ~70 KB, and copying those into the
 * socket costs any server the same. Next to both, the overhead Hearth adds can be told from the
 * cost of the bytes themselves.
 */
export async function startSameBody(bodies: string[]): Promise<RunningServer & { dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-bodies-'));
  const file = join(dir, 'bodies.json');
  writeFileSync(file, JSON.stringify(bodies));
  const port = await freePort();
  const child = spawnChild(['-e', sameBodySource], { PORT: String(port), BODIES_FILE: file }, projectRoot);
  const url = `http://127.0.0.1:${port}`;
  const startMs = await waitFor200(child, `${url}/`, 10_000);
  return { child, url, startMs, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BaselineRun {
  multi: CpuLoadResult;
  single: CpuLoadResult;
}

export interface HelloRun extends BaselineRun {
  rssMb: number;
}

/** Bare node:http sending the very bodies of the anonymous pages, measured just before Hearth serves them. */
export async function measureSameBody(bodies: string[]): Promise<BaselineRun> {
  const server = await startSameBody(bodies);
  try {
    return await measureBothWays(server, 'node_http_same_body');
  } finally {
    await stopChild(server.child);
    server.dispose();
  }
}

/** The hello baseline, measured before and after the forum figures. */
export async function measureHello(): Promise<HelloRun> {
  const hello = await startHello();
  try {
    await delay(500);
    const run = await measureBothWays(hello, 'node_http_hello');
    return { ...run, rssMb: rssMb(hello.child.pid) };
  } finally {
    await stopChild(hello.child);
  }
}

/** With as many clients as the forum figures, then with one. */
async function measureBothWays(server: RunningServer, label: string): Promise<BaselineRun> {
  const url = `${server.url}/`;
  const pid = server.child.pid;
  const multi = await measureWithCpu(pid, {
    label,
    url,
    connections: multiConnections,
    seconds: secondsFor(multiConnections),
  });
  const single = await measureWithCpu(pid, {
    label: `${label} (1 client)`,
    url,
    connections: 1,
    seconds: secondsFor(1),
  });
  return { multi, single };
}
