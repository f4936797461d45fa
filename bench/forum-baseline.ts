import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../src/core/paths.ts';
import { freePort, spawnChild, waitFor200 } from './processes.ts';
import type { RunningServer } from './servers.ts';

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
