import type { Command } from 'commander';

export function registerEvalCommand(program: Command): void {
  program
    .command('eval <task>')
    .description(
      'Run the product on a benchmark file and print one JSON summary line (tasks: similar, intent, sentiment, spikes)',
    )
    .requiredOption('--input <path>', 'the benchmark file')
    .requiredOption('--out <path>', 'where to write the predictions')
    .option('--train <path>', 'the file to learn from (intent: a text,category CSV)')
    .option('--db <kind>', 'pglite or postgres', 'pglite')
    .action(async (task: string, options: { input: string; out: string; db: string; train?: string }) => {
      if (options.db !== 'pglite' && options.db !== 'postgres') {
        process.stderr.write(`--db must be pglite or postgres, not ${options.db}\n`);
        process.exit(2);
      }
      const { evalTasks, runEval } = await import('../../eval/index.ts');
      if (!evalTasks.includes(task)) {
        process.stderr.write(`Unknown eval task ${task}: choose one of ${evalTasks.join(', ')}\n`);
        process.exit(2);
      }
      if (task === 'intent' && !options.train) {
        process.stderr.write('eval intent needs --train <path>, a text,category file to learn from\n');
        process.exit(2);
      }
      await runEval(task, { input: options.input, out: options.out, db: options.db, train: options.train });
    });
}
