import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { configMarkdown } from '../config/index.ts';
import { projectRoot } from '../core/paths.ts';
import { openPglite, migrateDatabase } from '../db/index.ts';
import { seedDemo } from '../demo/seed.ts';
import { createHearth } from '../hearth.ts';
import { openConfiguredDatabase } from '../main.ts';
import { verifyAuditChain } from '../modules/audit/index.ts';
import { makeAdminFromConsole } from '../modules/accounts/index.ts';
import { errorsMarkdown } from './docs.ts';
import { configOrExit } from './load-config.ts';

export function registerAdminCommands(program: Command): void {
  program
    .command('migrate')
    .description('Apply database migrations and exit')
    .action(async () => {
      const { database, release } = await openConfiguredDatabase(configOrExit());
      await database.close();
      release();
      process.stderr.write('Database is up to date.\n');
    });

  program
    .command('config')
    .description('Show the configuration settings')
    .option('--markdown', 'write docs/config.md from the settings table')
    .action((options: { markdown?: boolean }) => {
      if (options.markdown) {
        writeFileSync(join(projectRoot, 'docs/config.md'), configMarkdown());
        return void process.stderr.write('Wrote docs/config.md\n');
      }
      const config = configOrExit();
      process.stdout.write(
        `${JSON.stringify({ ...config, databaseUrl: config.databaseUrl ? '(secret)' : null, secret: config.secret ? '(secret)' : null, smtpUrl: config.smtpUrl ? '(secret)' : null }, null, 2)}\n`,
      );
    });

  program
    .command('docs')
    .description('Regenerate docs/config.md, docs/errors.md and docs/openapi.json')
    .action(async () => {
      writeFileSync(join(projectRoot, 'docs/config.md'), configMarkdown());
      writeFileSync(join(projectRoot, 'docs/errors.md'), errorsMarkdown());
      writeFileSync(
        join(projectRoot, 'docs/openapi.json'),
        `${JSON.stringify(await openApiDocument(), null, 2)}\n`,
      );
      process.stderr.write('Wrote docs/config.md, docs/errors.md, docs/openapi.json\n');
    });

  program
    .command('seed-demo')
    .description('Seed the demo community into an empty database')
    .action(async () => {
      const config = configOrExit();
      const { database, release } = await openConfiguredDatabase(config);
      const hearth = await createHearth({ config, database, work: false, logLevel: 'warn' });
      const seeded = await seedDemo(hearth.ctx);
      await hearth.close();
      await database.close();
      release();
      process.stderr.write(
        seeded ? 'Demo community created.\n' : 'The database already has users: nothing seeded.\n',
      );
    });

  program
    .command('make-admin <email>')
    .description('Give an existing account the admin role (and lift a suspension): the way back in')
    .action(async (email: string) => {
      const config = configOrExit();
      const { database, release } = await openConfiguredDatabase(config);
      const hearth = await createHearth({ config, database, work: false, logLevel: 'warn' });
      try {
        await makeAdminFromConsole(hearth.ctx, email);
        process.stderr.write(`${email} is now an admin.\n`);
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      } finally {
        await hearth.close();
        await database.close();
        release();
      }
    });

  program
    .command('audit')
    .description('Audit log tools')
    .command('verify')
    .description(
      'Recompute the audit hash chain; exits 1 and names the first bad row if it was edited or cut',
    )
    .action(async () => {
      const { database, release } = await openConfiguredDatabase(configOrExit());
      // Loaded here, not at the top: every `hearth start` would pay for it otherwise.
      const { default: cliProgress } = await import('cli-progress');
      const bar = new cliProgress.SingleBar(
        { format: 'Verifying {bar} {value} rows', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      bar.start(0, 0);
      const report = await verifyAuditChain(database, (checked) => {
        bar.setTotal(checked);
        bar.update(checked);
      });
      bar.stop();
      await database.close();
      release();
      process.stdout.write(`${JSON.stringify(report)}\n`);
      process.exitCode = report.ok ? 0 : 1;
    });
}

/** The OpenAPI document, built from a throwaway in-memory instance's routes. */
export async function openApiDocument(): Promise<unknown> {
  const config = { ...configOrExit(), databaseUrl: null, demo: false };
  const database = await openPglite(null);
  await migrateDatabase(database, null);
  const hearth = await createHearth({ config, database, work: false, logLevel: 'silent' });
  const document = hearth.app.swagger();
  await hearth.close();
  await database.close();
  return document;
}
