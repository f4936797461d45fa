import type { Command } from 'commander';
import { DataDirLockedError } from '../db/index.ts';
import { startServer } from '../main.ts';
import { configOrExit } from './load-config.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Run the web server (migrates the database and seeds the demo on first start)')
    .action(async () => {
      const config = configOrExit();
      let running;
      try {
        running = await startServer(config);
      } catch (error) {
        if (error instanceof DataDirLockedError) {
          process.stderr.write(`${error.message}\n`);
          process.exit(75);
        }
        throw error;
      }
      const shutdown = (signal: string) => {
        process.stderr.write(`\n${signal}: finishing open requests and closing the database…\n`);
        const force = setTimeout(() => process.exit(1), 15_000);
        force.unref();
        running
          .stop()
          .then(() => process.exit(0))
          .catch((error: unknown) => {
            process.stderr.write(`Shutdown failed: ${String(error)}\n`);
            process.exit(1);
          });
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
}
