import type { Command } from 'commander';

export function registerBenchCommand(program: Command): void {
  program
    .command('bench <scenario>')
    .description('Run a benchmark scenario and print JSON lines (scenarios: http, durability)')
    .option('--db <kind>', 'pglite or postgres', 'pglite')
    .option('--json', 'JSON lines only (the default output)')
    .action(async (scenario: string, options: { db: string }) => {
      const { runBench } = await import('../../bench/index.ts');
      await runBench(scenario, { db: options.db === 'postgres' ? 'postgres' : 'pglite' });
    });
}
