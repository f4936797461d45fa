import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerBenchCommand } from './bench-command.ts';
import { registerStartCommand } from './start-command.ts';

const program = new Command()
  .name('hearth')
  .description('Hearth, the community command center')
  .showHelpAfterError();

registerStartCommand(program);
registerAdminCommands(program);
registerBenchCommand(program);

await program.parseAsync(process.argv);
