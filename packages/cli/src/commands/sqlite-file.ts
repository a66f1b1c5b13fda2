import { isPostgresUrl, redactDatabaseUrl, sqliteFilename } from '@fitiq/server';
import { CliError } from './login.js';
import { loadServerConfig } from './server-config.js';

const HOW_POSTGRES = {
  backup: 'back PostgreSQL up with pg_dump, or continuous archiving for point-in-time recovery',
  restore: 'restore PostgreSQL with pg_restore (from pg_dump), or by point-in-time recovery',
} as const;

/**
 * The SQLite file `fitiq serve` would use with this environment (FITIQ_DATA_DIR, DATABASE_URL), for
 * `fitiq backup` and `fitiq restore`; PostgreSQL and an in-memory database have no such file.
 */
export const configuredSqliteFile = (command: 'backup' | 'restore'): string => {
  const { databaseUrl } = loadServerConfig();
  if (isPostgresUrl(databaseUrl)) {
    throw new CliError(
      `DATABASE_URL is PostgreSQL (${redactDatabaseUrl(databaseUrl)}) and fitiq ${command} works on SQLite only: ` +
        `${HOW_POSTGRES[command]} (see docs/deployment.md, Backups)`,
      1,
    );
  }
  const file = sqliteFilename(databaseUrl);
  if (file === ':memory:') {
    throw new CliError(
      `DATABASE_URL is :memory:, a database that ends with its server: nothing to ${command}`,
      1,
    );
  }
  return file;
};

/**
 * Whatever stopped a backup or a restore (a refusal, or the disk: a folder that cannot be written, a
 * full disk) is one line and exit code 1; 2 stays for a wrong setting.
 */
export const asCliError = (error: unknown): CliError =>
  new CliError(error instanceof Error ? error.message : String(error), 1);

export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
};

export const formatCounts = ({ meals, events }: { meals: number; events: number }): string =>
  `${meals.toLocaleString('en-US')} meal${meals === 1 ? '' : 's'}, ${events.toLocaleString('en-US')} event${events === 1 ? '' : 's'}`;
