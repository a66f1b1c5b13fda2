import { Command } from 'commander';
import { migrateCommand } from './commands/migrate.js';
import { serveCommand } from './commands/serve.js';

export const buildProgram = (): Command => {
  const program = new Command('fitiq')
    .description(
      'FitIQ: real-time meal logging. Configuration comes from the environment (see docs/configuration.md).',
    )
    .showHelpAfterError();
  program
    .command('serve')
    .description('Run the server: API, realtime gateway and workers, as FITIQ_ROLES says')
    .action(serveCommand);
  program
    .command('migrate')
    .description('Apply pending database migrations, then exit')
    .action(migrateCommand);
  return program;
};
