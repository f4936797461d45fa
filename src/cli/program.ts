import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerBenchCommand } from './bench-command.ts';
import { registerEvalCommand } from './eval-command.ts';
import { registerImportCommand } from './import-command.ts';
import { registerInvitationsCommand } from './invitations-command.ts';
import { registerStartCommand } from './start-command.ts';

/** Every `hearth` subcommand; README's command table is checked against this. */
export function buildProgram(): Command {
  const program = new Command()
    .name('hearth')
    .description('Hearth, the community command center')
    .showHelpAfterError();
  registerStartCommand(program);
  registerAdminCommands(program);
  registerBenchCommand(program);
  registerEvalCommand(program);
  registerImportCommand(program);
  registerInvitationsCommand(program);
  return program;
}
