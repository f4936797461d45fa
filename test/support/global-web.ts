import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/core/paths.ts';

/** The browser specs run against the built web app; build it if its sources changed. */
export function setup(): void {
  execFileSync(process.execPath, [join(projectRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
}
