import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const SYSTEM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

// @sparticuz/chromium's flags are tuned for AWS Lambda. These ones hurt a local test browser:
// --single-process kills the whole browser when the first context closes; Chromium keeps only the last
// --disable-features/--enable-features, so the package's would silently replace Playwright's lists;
// the "insecure" ones would hide CORS, mixed-content and site-isolation behaviour that tests should see.
const DROPPED_PREFIXES = [
  '--single-process',
  '--disable-features=',
  '--enable-features=',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--headless=',
];

interface Bundle {
  libDir: string;
  fontsDir: string;
}

let bundle: Promise<Bundle> | undefined;

/** A headless Chromium, never downloaded: Debian's package if installed, else @sparticuz/chromium's. */
export async function launchChromium(): Promise<Browser> {
  if (existsSync(SYSTEM_CHROMIUM)) {
    return chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS });
  }
  return launchBundledChromium();
}

async function launchBundledChromium(): Promise<Browser> {
  const { libDir, fontsDir } = await unpackBundleOnce();
  const { default: Chromium } = await import('@sparticuz/chromium');
  // Every file it would unpack is in place by now, so this only returns the path.
  const executablePath = await Chromium.executablePath();
  const args = Chromium.args.filter((arg) => !DROPPED_PREFIXES.some((prefix) => arg.startsWith(prefix)));
  return chromium.launch({
    executablePath,
    args: [...args, '--headless', '--disable-quic'],
    // Given to the browser only, so Node's other children (e.g. PostgreSQL) keep the system libraries.
    env: {
      ...process.env,
      LD_LIBRARY_PATH: [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      // Without it the browser reads /etc/fonts, which a bare machine lacks: text would render invisible.
      FONTCONFIG_PATH: fontsDir,
    },
  });
}

function unpackBundleOnce(): Promise<Bundle> {
  bundle ??= unpackBundle().catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}

// The package unpacks into os.tmpdir() with an exists-then-write check, so a second vitest worker can
// launch a half-written binary. Unpacking here first, each piece renamed into place when complete, makes
// its own check find finished files. al2023.tar.br (NSS, NSPR, expat) is unpacked by the package only on AWS.
async function unpackBundle(): Promise<Bundle> {
  const root = tmpdir();
  const bin = sparticuzBinDir();
  const fontsDir = join(root, 'fonts');
  const alDir = join(root, 'al2023');
  // allSettled: a failure must not leave the other unpackers running (and their staging dirs behind).
  const results = await Promise.allSettled([
    unpackFile(join(bin, 'chromium.br'), join(root, 'chromium')),
    // The binary looks for the SwiftShader libraries next to itself.
    unpackFiles(join(bin, 'swiftshader.tar.br'), root, 'libGLESv2.so'),
    unpackDir(join(bin, 'fonts.tar.br'), fontsDir, (dir) => pointFontsConfAt(dir, fontsDir)),
    unpackDir(join(bin, 'al2023.tar.br'), alDir),
  ]);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return { libDir: join(alDir, 'lib'), fontsDir };
}

function sparticuzBinDir(): string {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  return join(dirname(entry), '..', '..', 'bin');
}

async function unpackFile(archive: string, dest: string): Promise<void> {
  if (existsSync(dest)) return;
  await withStagingDir(async (stage) => {
    const file = join(stage, 'file');
    await decompress(archive, createWriteStream(file, { mode: 0o700 }));
    await rename(file, dest);
  });
}

// For archives of loose files that must land in an existing folder; `marker` is renamed last.
async function unpackFiles(archive: string, destDir: string, marker: string): Promise<void> {
  if (existsSync(join(destDir, marker))) return;
  await withStagingDir(async (stage) => {
    await untar(archive, stage);
    const names = (await readdir(stage)).sort((a, b) => Number(a === marker) - Number(b === marker));
    for (const name of names) await rename(join(stage, name), join(destDir, name));
  });
}

async function unpackDir(
  archive: string,
  dest: string,
  prepare?: (dir: string) => Promise<void>,
): Promise<void> {
  if (existsSync(dest)) return;
  await withStagingDir(async (stage) => {
    const out = join(stage, 'out');
    await mkdir(out);
    await untar(archive, out);
    await prepare?.(out);
    try {
      await rename(out, dest);
    } catch (error) {
      // Another worker finished first: its copy is as good as ours.
      if (!existsSync(dest)) throw error;
    }
  });
}

async function withStagingDir(work: (dir: string) => Promise<void>): Promise<void> {
  // Inside the destination's filesystem, so the final rename is atomic.
  const stage = await mkdtemp(join(tmpdir(), '.hearth-chromium-'));
  try {
    await work(stage);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

// The shipped fonts.conf hard-codes /tmp/fonts; rewrite it so fonts are found whatever TMPDIR is.
async function pointFontsConfAt(dir: string, fontsDir: string): Promise<void> {
  const file = join(dir, 'fonts.conf');
  const conf = await readFile(file, 'utf8');
  await writeFile(file, conf.replaceAll('/tmp/fonts', fontsDir));
}

function decompress(archive: string, into: Writable): Promise<void> {
  return pipeline(createReadStream(archive), createBrotliDecompress(), into);
}

// No tar library is installed; GNU tar is part of every Debian system.
async function untar(archive: string, dir: string): Promise<void> {
  const tar = spawn('tar', ['-x', '--no-same-owner', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  tar.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    tar.once('error', reject);
    tar.once('close', resolve);
  });
  const [fed, code] = await Promise.allSettled([decompress(archive, tar.stdin), exited]);
  if (code.status === 'rejected') throw code.reason;
  // tar may exit at the end-of-archive blocks without reading the padding after them, which breaks the
  // pipe: only its exit code says whether the extraction worked.
  if (code.value !== 0) {
    const cause = fed.status === 'rejected' ? fed.reason : undefined;
    throw new Error(`tar failed on ${archive} (exit ${code.value}): ${stderr.trim()}`, { cause });
  }
}
