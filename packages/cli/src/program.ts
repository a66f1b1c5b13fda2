import { Command, Option } from 'commander';
import { exportCommand } from './commands/export.js';
import { logCommand } from './commands/log.js';
import { CliError, describeError, loginCommand, logoutCommand } from './commands/login.js';
import { migrateCommand } from './commands/migrate.js';
import { serveCommand } from './commands/serve.js';
import { todayCommand } from './commands/today.js';
import { watchCommand } from './commands/watch.js';

/** Runs a client command; errors the user can act on become one line on stderr and an exit code. */
const run =
  <A extends unknown[]>(command: (...args: A) => Promise<void>) =>
  async (...args: A): Promise<void> => {
    try {
      await command(...args);
    } catch (error) {
      console.error(`fitiq: ${describeError(error)}`);
      process.exitCode = error instanceof CliError ? error.exitCode : 2;
    }
  };

const withServer = (command: Command): Command =>
  command
    .option('--url <url>', 'the FitIQ server (default $FITIQ_URL or http://127.0.0.1:8080)')
    .option('--token <token>', 'an access token (default $FITIQ_TOKEN, or the one `fitiq login` stored)');

/** What operators and supervisors read from `fitiq serve` and `fitiq migrate`. */
const SERVER_EXIT_CODES = `
Exit codes: 0 done (serve: stopped by SIGINT or SIGTERM), 1 cannot start or migrate (the port is
taken, the database cannot be used, the data folder cannot be written; the reason is on stderr),
2 a setting is wrong.`;

export const buildProgram = (): Command => {
  const program = new Command('fitiq')
    .description(
      'FitIQ: real-time meal logging. Configuration comes from the environment (see docs/configuration.md).',
    )
    .showHelpAfterError();
  program
    .command('serve')
    .description('Run the server: API, realtime gateway and workers, as FITIQ_ROLES says')
    .addHelpText('after', SERVER_EXIT_CODES)
    .action(serveCommand);
  program
    .command('migrate')
    .description('Apply pending database migrations, then exit')
    .addHelpText('after', SERVER_EXIT_CODES)
    .action(migrateCommand);
  withServer(program.command('log'))
    .description('Log a meal, wait for its processing and print items and totals (exit 1 if it failed)')
    .argument('<text>', 'the meal in plain words, e.g. "2 eggs and a slice of toast"')
    .option('--json', 'print the final meal log as JSON')
    .addOption(new Option('--meal-type <type>').choices(['breakfast', 'lunch', 'dinner', 'snack']))
    .option('--timeout <seconds>', 'give up waiting after this long', '60')
    .action(run(logCommand));
  withServer(program.command('watch'))
    .description('Print meal events as they happen (Ctrl-C to stop)')
    .option('--json', 'one JSON event per line')
    .action(run(watchCommand));
  withServer(program.command('today'))
    .description("Print today's meals and totals")
    .option('--date <YYYY-MM-DD>', 'another day')
    .option('--tz <zone>', 'IANA time zone (default this machine’s)')
    .option('--json', 'print the day as JSON')
    .action(run(todayCommand));
  withServer(program.command('login'))
    .description('Log in and store the token for this server (in $FITIQ_HOME, default ~/.fitiq)')
    .option('--email <email>', 'default $FITIQ_EMAIL')
    .option('--password <password>', 'default $FITIQ_PASSWORD')
    .option('--register', 'create the account first')
    .action(run(loginCommand));
  withServer(program.command('logout'))
    .description('End the stored session on the server and forget its tokens')
    .action(run(logoutCommand));
  withServer(program.command('export'))
    .description('Download everything the server holds about you, as JSON')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(run(exportCommand));
  return program;
};
