import { defineConfig } from 'vitest/config';

const serverTests = ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts', 'bench/**/*.test.ts'];
const browserTests = ['test/e2e/**/*.test.ts'];

/**
 * One run, three projects: everything on PGlite, everything again on a real PostgreSQL that the
 * run starts itself, and the browser specs in a real Chromium.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker per core but one: a single worker on a 2-core machine, where
    // a test file mostly waits on its database. Two keep both cores busy and CI near half the time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: serverTests,
          exclude: browserTests,
          globalSetup: ['test/support/global-pglite.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: serverTests,
          exclude: browserTests,
          globalSetup: ['test/support/global-postgres.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: browserTests,
          globalSetup: ['test/support/global-pglite.ts', 'test/support/global-web.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
