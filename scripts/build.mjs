// Builds what `npm start` and the `hearth` CLI run: the server bundle (esbuild, ~0.2 s) and the
// web app (Vite). Each part is rebuilt only when its sources are newer than its output, so a
// plain `npm start` after an edit picks the edit up without a separate build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isStale(output, inputs) {
  if (force || !existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((input) => newestMtime(join(root, input)) > built);
}

async function buildServer() {
  const out = join(root, 'dist/hearth.js');
  // bench/, eval/ and the test PostgreSQL helper are bundled too: `hearth bench` and `hearth eval` run from
  // this bundle.
  if (!isStale(out, ['src', 'bench', 'eval', 'test/support', 'package.json'])) return;
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  };
  // The listening pool's worker thread runs its own file, next to the bundle.
  await esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/modules/listening/prepare-worker.ts')],
    outfile: join(root, 'dist/prepare-worker.js'),
  });
  await esbuild.build({ ...common, entryPoints: [join(root, 'src/cli/index.ts')], outfile: out });
}

async function buildWeb() {
  const out = join(root, 'web/dist/index.html');
  // src/core/roles.ts is shared with the server (role names and labels).
  if (!isStale(out, ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/core/roles.ts'])) return;
  // Always the production build: test runners set NODE_ENV=test, which would otherwise give the
  // browser specs React's development build instead of what users get.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  process.stderr.write('Building the web app…\n');
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn', mode: 'production' });
}

await buildServer();
if (!args.has('--server-only')) await buildWeb();
