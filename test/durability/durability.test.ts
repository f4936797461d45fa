import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/core/paths.ts';
import { openPglite } from '../../src/db/index.ts';
import { verifyAuditChain } from '../../src/modules/audit/index.ts';

const writerPath = fileURLToPath(new URL('./writer.ts', import.meta.url));
const kills = 3;

interface WriterRun {
  /** Keys the writer printed: each was committed before it was printed. */
  printed: string[];
  signal: NodeJS.Signals | null;
}

/** Runs the writer on `dataDir` and SIGKILLs it 300–1200 ms after it is ready to write. */
function runAndKill(dataDir: string, run: number): Promise<WriterRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', writerPath, dataDir, String(run)], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const printed: string[] = [];
  let pending = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    // A chunk may end inside a line: keep the fragment until its newline arrives.
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), 300 + Math.random() * 900);
      else printed.push(line);
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // 'close', not 'exit': it comes after the last stdout chunk has been read.
    child.once('close', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ printed, signal })
        : reject(new Error(`writer exited ${code}: ${stderr}`)),
    );
  });
}

// PGlite's on-disk files surviving a crash is a property of the embedded database only.
describe.skipIf(inject('dbKind') === 'postgres')('PGlite data dir under SIGKILL', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps every committed row and reopens after each kill', { timeout: 60_000 }, async () => {
    root = mkdtempSync(join(tmpdir(), 'hearth-durability-'));
    const dataDir = join(root, 'data');
    const printed: string[] = [];
    for (let run = 0; run < kills; run++) {
      const result = await runAndKill(dataDir, run);
      // A run that wrote nothing would prove nothing.
      expect(result.printed.length).toBeGreaterThan(0);
      printed.push(...result.printed);
    }

    const database = await openPglite(dataDir);
    try {
      const { rows } = await database.sql.query<{ key: string }>(
        `select key from site_settings where key like 'durability-%'`,
      );
      const stored = new Set(rows.map((row) => row.key));
      expect(printed.filter((key) => !stored.has(key))).toEqual([]);
      expect((await verifyAuditChain(database)).ok).toBe(true);
    } finally {
      await database.close();
    }
  });
});
