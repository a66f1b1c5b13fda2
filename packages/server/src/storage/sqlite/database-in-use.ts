import SqliteDatabase from 'better-sqlite3';
import { SqliteFileError } from './sqlite-file-error.js';

/**
 * Who has a SQLite database open, told by a lock the operating system holds for the holder and drops
 * the moment its process ends, however it ends. A pid file would outlive a SIGKILLed server and then
 * either block a restore forever or be guessed stale from a pid that may belong to someone else by
 * now; a kernel lock cannot go stale.
 *
 * The lock is SQLite's own, on a small file beside the database (`fitiq.db.in-use`): every user of the
 * database holds a read transaction on it (a SHARED lock, which any number of users can hold at once,
 * as nodes sharing one SQLite file do), and a restore takes it EXCLUSIVE, which it gets only when no
 * one holds it. SQLite keeps these locks right between connections of one process too, and on every
 * platform it runs on. The file stays after everyone left: it is the lock, not what is locked.
 */
export const inUseFileOf = (databaseFile: string): string => `${databaseFile}.in-use`;

export type DatabaseClaim = { release(): void };

const isBusy = (error: unknown) => (error as { code?: string }).code === 'SQLITE_BUSY';

const claim = (databaseFile: string, waitMs: number, begin: (lock: SqliteDatabase.Database) => void) => {
  const lock = new SqliteDatabase(inUseFileOf(databaseFile));
  try {
    lock.pragma(`busy_timeout = ${Math.trunc(waitMs)}`);
    begin(lock);
  } catch (error) {
    lock.close();
    throw error;
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      // Closing ends the transaction, and with it the lock.
      lock.close();
    },
  };
};

/**
 * Marks the database as in use until `release`, for as long as this process lives. Waits up to
 * `waitMs` for a restore that is replacing the file, then fails saying so.
 */
export const useDatabase = (databaseFile: string, waitMs: number): DatabaseClaim => {
  try {
    return claim(databaseFile, waitMs, (lock) => {
      lock.exec('BEGIN');
      // A deferred transaction takes its SHARED lock at its first read.
      lock.prepare('SELECT count(*) FROM sqlite_schema').get();
    });
  } catch (error) {
    if (!isBusy(error)) throw error;
    throw new SqliteFileError(
      'in_use',
      'the database is being replaced by `fitiq restore`; try again when it is done',
      { cause: error },
    );
  }
};

/**
 * The database to oneself, at once or not at all: fails when any live process (a server, `fitiq
 * migrate`, `fitiq backup`) has it open. Nobody can open it until `release`.
 */
export const claimDatabaseAlone = (databaseFile: string): DatabaseClaim => {
  try {
    return claim(databaseFile, 0, (lock) => lock.exec('BEGIN EXCLUSIVE'));
  } catch (error) {
    if (!isBusy(error)) throw error;
    throw new SqliteFileError(
      'in_use',
      `${databaseFile} is in use by a running FitIQ server (or \`fitiq migrate\` or \`fitiq backup\`); stop it first`,
      { cause: error },
    );
  }
};
