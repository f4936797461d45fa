import type { Command } from 'commander';
import type { AppContext } from '../context.ts';
import { createHearth } from '../hearth.ts';
import { openConfiguredDatabase } from '../main.ts';
import {
  actorOf,
  createBatchSchema,
  createInvitationBatch,
  findUserByEmail,
  userCardsByRoles,
} from '../modules/accounts/index.ts';
import { configOrExit } from './load-config.ts';

interface BatchOptions {
  count: string;
  name: string;
  days: string;
  by?: string;
}

/** The staff member a console batch is recorded as: the one named, else the first admin. */
async function consoleActor(ctx: AppContext, by: string | undefined) {
  const user = by
    ? await findUserByEmail(ctx.database.db, by.trim().toLowerCase())
    : (await userCardsByRoles(ctx.database.db, ['admin']))[0];
  const actor = user ? actorOf(user) : null;
  if (!actor) throw new Error(by ? `There is no active account ${by}.` : 'There is no active admin yet.');
  return actor;
}

function cliName(path: readonly PropertyKey[]): string {
  return path[0] === 'expiresInHours' ? 'days' : String(path[0]);
}

/** Makes a batch of printed codes as the given staff member and returns its CSV (the only copy). */
export async function batchFromConsole(ctx: AppContext, options: BatchOptions): Promise<string> {
  const input = createBatchSchema.safeParse({
    name: options.name,
    count: options.count,
    expiresInHours: Number(options.days) * 24,
  });
  if (!input.success)
    throw new Error(
      input.error.issues.map((issue) => `--${cliName(issue.path)}: ${issue.message}`).join('\n'),
    );
  const actor = await consoleActor(ctx, options.by);
  const { csv } = await createInvitationBatch(ctx, actor, input.data, { ip: null, userAgent: 'hearth cli' });
  return csv;
}

export function registerInvitationsCommand(program: Command): void {
  program
    .command('invitations')
    .description('Invitation tools')
    .command('batch')
    .description('Make single-use invitation codes for receipts or packaging; writes their CSV to stdout')
    .requiredOption('--count <n>', 'how many codes (1 to 10,000)')
    .requiredOption('--name <name>', 'what the batch is printed on, e.g. "Box insert, spring run"')
    .option('--days <days>', 'how many days the codes work', '365')
    .option('--by <email>', 'the admin or manager the batch is recorded as (default: the first admin)')
    .action(async (options: BatchOptions) => {
      const config = configOrExit();
      const { database, release } = await openConfiguredDatabase(config);
      const hearth = await createHearth({ config, database, work: false, logLevel: 'warn' });
      try {
        process.stdout.write(await batchFromConsole(hearth.ctx, options));
        process.stderr.write(`Made ${options.count} codes. This is the only copy of them: keep the CSV.\n`);
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      } finally {
        await hearth.close();
        await database.close();
        release();
      }
    });
}
