import { Command, Option } from 'commander';
import { type AgainOptions, againCommand } from './commands/again.js';
import { type BackupOptions, backupCommand } from './commands/backup.js';
import { editCommand } from './commands/edit.js';
import { exportCommand } from './commands/export.js';
import { foodsCommand } from './commands/foods.js';
import { goalsCommand } from './commands/goals.js';
import { logCommand } from './commands/log.js';
import { CliError, describeError, type LoginOptions, loginCommand, logoutCommand } from './commands/login.js';
import { migrateCommand } from './commands/migrate.js';
import { recentCommand } from './commands/recent.js';
import { restoreCommand } from './commands/restore.js';
import { serveCommand } from './commands/serve.js';
import { todayCommand } from './commands/today.js';
import { trendsCommand } from './commands/trends.js';
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

/** What operators and scripts read from `fitiq backup` and `fitiq restore`. */
const FILE_EXIT_CODES = `
Both work on the SQLite database that \`fitiq serve\` would use with the same environment
(FITIQ_DATA_DIR, DATABASE_URL). Exit codes: 0 done (what was done is on stdout), 1 refused or failed
(the reason is on stderr; a refused restore changed nothing), 2 a setting is wrong.`;

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
  program
    .command('backup')
    .description(
      'Copy the SQLite database to a file while the server runs: a consistent snapshot of everything committed',
    )
    .argument('<file>', 'where to write the copy (a new file)')
    .option('--force', 'replace the file if it exists')
    .addHelpText('after', FILE_EXIT_CODES)
    .action(run((file: string, options: BackupOptions) => backupCommand(file, options)));
  program
    .command('restore')
    .description(
      'Replace the SQLite database with a backup; refused while a server uses it. The file is checked first, ' +
        'the replaced database kept beside it',
    )
    .argument('<file>', 'a backup made by `fitiq backup` (or any copy of a FitIQ SQLite database)')
    .addHelpText('after', FILE_EXIT_CODES)
    .action(run((file: string) => restoreCommand(file)));
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
  withServer(program.command('foods'))
    .description('Search the food table: ids, values per 100 g and the units `fitiq edit` takes')
    .argument('<query>', 'a food, e.g. "greek yogurt" (typos are fine)')
    .option('--limit <n>', 'how many (1 to 50)', '10')
    .option('--json', 'print the foods as JSON')
    .action(run(foodsCommand));
  withServer(program.command('edit'))
    .description(
      'Correct a meal: an item’s amount or food, remove or add an item, a new text (parsed again) or the meal type. ' +
        'Exit 1 if the meal changed on another device meanwhile (nothing is changed then)',
    )
    .argument('<meal>', 'the meal’s id (`fitiq today` shows it)')
    .option('--item <n>', 'the item to change, counted from 1 as `fitiq today` lists them')
    .option('--quantity <q>', 'how many of --unit (0 to 100)')
    .option('--unit <unit>', 'one of the food’s units (see `fitiq foods`), or g, kg, oz, lb')
    .option('--grams <g>', 'the amount in grams instead (0 to 5000)')
    .option('--food <id>', 'another food for --item, or without --item a new item (see `fitiq foods`)')
    .option('--remove', 'remove --item from the meal')
    .option('--text <text>', 'a new text for the meal: it is parsed again')
    .addOption(new Option('--meal-type <type>').choices(['breakfast', 'lunch', 'dinner', 'snack']))
    .option('--json', 'print the meal as JSON')
    .option('--timeout <seconds>', 'with --text, give up waiting for the result after this long', '60')
    .action(run(editCommand));
  withServer(program.command('recent'))
    .description('Print your latest meals, one per text, newest first, numbered for `fitiq again`')
    .option('--limit <n>', 'how many (1 to 50)', '20')
    .option('--tz <zone>', 'IANA time zone of the times shown (default this machine’s)')
    .option('--json', 'print the meals as JSON')
    .action(run(recentCommand));
  withServer(program.command('again'))
    .description('Log a meal again, now: same text and items, completed at once without parsing')
    .argument(
      '[meal]',
      'its number in `fitiq recent` (1 is the latest), words of its text ("toast"), or its id (`fitiq today` shows it); ' +
        'in a terminal, without it, the recent meals are listed to choose from',
    )
    .option('--at <time>', 'when it was eaten instead of now, e.g. 2026-03-01T08:30 (this machine’s time)')
    .addOption(new Option('--meal-type <type>').choices(['breakfast', 'lunch', 'dinner', 'snack']))
    .option('--json', 'print the new meal as JSON')
    .action(run((meal: string | undefined, options: AgainOptions) => againCommand(meal, options)));
  withServer(program.command('goals'))
    .description(
      'Show your daily goals, kept with the account; set some with the options (the others stay). ' +
        'Every device follows a change live',
    )
    .option('--calories <kcal>', 'kilocalories a day ("none" clears it)')
    .option('--protein <g>', 'grams of protein a day ("none" clears it)')
    .option('--carbs <g>', 'grams of carbohydrate a day ("none" clears it)')
    .option('--fat <g>', 'grams of fat a day ("none" clears it)')
    .option('--clear', 'clear every goal (before setting any given with it)')
    .option('--json', 'print the goals as JSON')
    .action(run(goalsCommand));
  withServer(program.command('trends'))
    .description(
      'Print the last days as a table: calories (against the goal) and macros, averages over the days logged',
    )
    .option('--days <n>', 'how many days, ending today (1 to 366)', '30')
    .option('--to <YYYY-MM-DD>', 'end with this day instead of today')
    .option('--tz <zone>', 'IANA time zone of the days (default this machine’s)')
    .option('--json', 'print the summary as JSON')
    .action(run(trendsCommand));
  withServer(program.command('login'))
    .description('Log in and store the token for this server (in $FITIQ_HOME, default ~/.fitiq)')
    .option('--email <email>', 'default $FITIQ_EMAIL')
    .option('--password <password>', 'default $FITIQ_PASSWORD')
    .option('--register', 'create the account first')
    // Commander passes the command itself second: the login reads the process's own terminal.
    .action(run((options: LoginOptions) => loginCommand(options)));
  withServer(program.command('logout'))
    .description('End the stored session on the server and forget its tokens')
    .action(run(logoutCommand));
  withServer(program.command('export'))
    .description('Download everything the server holds about you as JSON, or your meals as CSV')
    .addOption(
      new Option('--format <format>', 'json: everything; csv: one row per meal item, with its meal')
        .choices(['json', 'csv'])
        .default('json'),
    )
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(run(exportCommand));
  return program;
};
