import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, errorsMarkdown } from '../../src/cli/docs.ts';
import { configMarkdown } from '../../src/config/index.ts';
import { projectRoot } from '../../src/core/paths.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

const regenerate =
  'Run `npm run -s hearth -- docs` (then `npx prettier --write docs`) and commit the result.';

const readDoc = (name: string) => readFileSync(join(projectRoot, 'docs', name), 'utf8');

/** Markdown as the project's Prettier writes it, so table padding does not count as drift. */
async function normalised(name: string, markdown: string): Promise<string> {
  const filepath = join(projectRoot, 'docs', name);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(markdown, { ...options, filepath });
}

/** Whether `npm run format:check` would accept this generated text written to docs/<name>. */
async function passesFormatCheck(name: string, markdown: string): Promise<boolean> {
  const filepath = join(projectRoot, 'docs', name);
  const info = await prettier.getFileInfo(filepath, { ignorePath: join(projectRoot, '.prettierignore') });
  if (info.ignored) return true;
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.check(markdown, { ...options, filepath });
}

const generated: [string, () => string][] = [
  ['config.md', configMarkdown],
  ['errors.md', errorsMarkdown],
];

describe('generated docs', () => {
  it.each(generated)('docs/%s says what the code says', async (name, generate) => {
    const fresh = await normalised(name, generate());
    const committed = await normalised(name, readDoc(name));
    expect(committed, `docs/${name} is out of date. ${regenerate}`).toBe(fresh);
  });

  it.each(generated)(
    'docs/%s as `hearth docs` writes it passes `npm run format:check`',
    async (name, generate) => {
      expect(
        await passesFormatCheck(name, generate()),
        `\`npm run -s hearth -- docs\` writes docs/${name} in a form \`npm run format:check\` rejects, so ` +
          'regenerating the docs breaks `npm test`. Either list the file in .prettierignore (as docs/openapi.json ' +
          'is) or make the generator emit Prettier-formatted Markdown.',
      ).toBe(true);
    },
  );

  describe('docs/openapi.json', () => {
    let hearth: TestHearth;
    beforeAll(async () => {
      hearth = await startTestHearth();
    });
    afterAll(() => hearth.dispose());

    it('is the running app’s OpenAPI document', () => {
      const committed: unknown = JSON.parse(readDoc('openapi.json'));
      const live: unknown = JSON.parse(JSON.stringify(hearth.app.swagger()));
      expect(committed, `docs/openapi.json is out of date. ${regenerate}`).toEqual(live);
    });

    it('documents a route that exists (guards against comparing two empty documents)', () => {
      const paths = Object.keys((hearth.app.swagger() as { paths?: object }).paths ?? {});
      expect(paths).toContain('/api/auth/signin');
      expect(paths.length).toBeGreaterThan(10);
    });
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Removes every `defineErrors({ … })` argument: declaring a code is not raising it. */
function withoutCatalogues(source: string): string {
  let out = source;
  for (
    let start = out.search(/defineErrors\(\s*\{/);
    start !== -1;
    start = out.search(/defineErrors\(\s*\{/)
  ) {
    let depth = 0;
    let end = out.indexOf('{', start);
    for (; end < out.length; end++) {
      if (out[end] === '{') depth++;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = out.slice(0, start) + out.slice(end + 1);
  }
  return out;
}

const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Raising a code is `<catalogue>.raise.CODE(`, `fail.CODE(`, or naming it in a mapping table: `'CODE'`. */
function raisedIn(source: string, code: string): boolean {
  return new RegExp(`\\.${code}\\s*\\(|['"\`]${code}['"\`]`).test(source);
}

describe('error catalogues', () => {
  const sources = sourceFiles(join(projectRoot, 'src')).map((path) => ({
    path: relative(projectRoot, path),
    text: withoutCatalogues(withoutComments(readFileSync(path, 'utf8'))),
  }));

  it('finds the catalogue codes and a raise site of a known code (the scan itself works)', () => {
    expect(errorCodes()).toEqual(expect.arrayContaining(['AUTH_REQUIRED', 'REQUEST_MALFORMED_JSON']));
    expect(sources.filter((s) => raisedIn(s.text, 'AUTH_REQUIRED')).length).toBeGreaterThan(0);
    // A code that is only declared is not counted as raised.
    const declaredOnly = withoutCatalogues(
      "export const e = defineErrors({ X_ONLY: { status: 400, message: 'x' } });",
    );
    expect(raisedIn(declaredOnly, 'X_ONLY')).toBe(false);
    expect(raisedIn("throw fail.X_ONLY({ message: 'y' })", 'X_ONLY')).toBe(true);
    expect(raisedIn("const m = { FST_X: 'X_ONLY' }", 'X_ONLY')).toBe(true);
  });

  it('has no code that nothing in src/ raises', () => {
    const dead = errorCodes().filter((code) => !sources.some((s) => raisedIn(s.text, code)));
    expect(
      dead,
      `These error codes are declared but never raised in src/: ${dead.join(', ')}. Raise them where they ` +
        `apply or delete them from their defineErrors({...}) catalogue. ${regenerate}`,
    ).toEqual([]);
  });

  it('documents only codes that exist', () => {
    const documented = [...readDoc('errors.md').matchAll(/^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|/gm)].map(
      (m) => m[1],
    );
    expect(documented.length).toBeGreaterThan(10);
    const known = new Set(errorCodes());
    const unknown = documented.filter((code) => code === undefined || !known.has(code));
    expect(
      unknown,
      `docs/errors.md lists codes no catalogue declares: ${unknown.join(', ')}. ${regenerate}`,
    ).toEqual([]);
    const missing = errorCodes().filter((code) => !documented.includes(code));
    expect(missing, `docs/errors.md lacks codes: ${missing.join(', ')}. ${regenerate}`).toEqual([]);
  });
});
