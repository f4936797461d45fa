import type { Command } from 'commander';

export function registerBenchCommand(program: Command): void {
  program
    .command('bench <scenario>')
    .description(
      'Run a benchmark scenario and print JSON lines (scenarios: http, durability, forum, inbox, ingest, members)',
    )
    .option('--db <kind>', 'pglite or postgres', 'pglite')
    .option('--json', 'JSON lines only (the default output)')
    .action(async (scenario: string, options: { db: string }) => {
      if (options.db !== 'pglite' && options.db !== 'postgres') {
        process.stderr.write(`--db must be pglite or postgres, not ${options.db}\n`);
        process.exit(2);
      }
      const { runBench, scenarios } = await import('../../bench/index.ts');
      if (!scenarios.includes(scenario)) {
        process.stderr.write(`Unknown scenario ${scenario}: choose one of ${scenarios.join(', ')}\n`);
        process.exit(2);
      }
      await runBench(scenario, { db: options.db });
    });
}
