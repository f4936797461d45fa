// Reads a vitest log and prints, per project (pglite, postgres, browser), how many tests ran, then
// the plain closing line CI systems read: "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

// Colour codes (ESC [ … m) are stripped so the lines can be matched.
const log = readFileSync(process.argv[2] ?? 0, 'utf8').replace(
  new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'),
  '',
);
const perProject = new Map();
for (const match of log.matchAll(
  /^ [✓❯×↓]\s+(\w+)\s+\S+ \((\d+) tests?(?: \| (\d+) failed)?(?: \| (\d+) skipped)?\)/gm,
)) {
  const [, project, total, failed = '0', skipped = '0'] = match;
  const entry = perProject.get(project) ?? { total: 0, failed: 0, skipped: 0, files: 0 };
  entry.total += Number(total);
  entry.failed += Number(failed);
  entry.skipped += Number(skipped);
  entry.files += 1;
  perProject.set(project, entry);
}
for (const [project, e] of perProject) {
  console.log(
    `  ${project}: ${e.files} files, ${e.total - e.failed - e.skipped} passed, ${e.failed} failed, ${e.skipped} skipped`,
  );
}
const summary = /^\s+Tests\s+(.*)$/m.exec(log)?.[1] ?? '';
const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
console.log(`tests: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
