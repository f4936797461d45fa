import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.ts';
import { settings } from '../../src/config/index.ts';
import { projectRoot } from '../../src/core/paths.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

describe('README', () => {
  it('starts with the two commands', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm install && npm start/m);
    expect(firstBlock).toMatch(/^npm test/m);
    expect(readme.indexOf('```bash')).toBeLessThan(readme.indexOf('## '));
  });

  it('lists only commands the CLI has, and all of them', () => {
    const listed = [...readme.matchAll(/^\| `([a-z-]+)(?: [^`]*)?` +\|/gm)].map((m) => m[1]);
    const commands = buildProgram().commands.map((c) => c.name());
    expect([...new Set(listed)].sort()).toEqual([...commands].sort());
  });

  it('names only environment variables Hearth reads', () => {
    const known = new Set<string>(Object.values(settings).map((s) => s.env));
    const named = [...readme.matchAll(/`([A-Z][A-Z0-9_]{3,})=/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((name) => name && !known.has(name))).toEqual([]);
  });
});
