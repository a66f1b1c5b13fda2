import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { makeDirectory } from '../make-directory.js';
import { useDatabase } from './database-in-use.js';
import { countRecords } from './fitiq-database-check.js';
import { SqliteFileError } from './sqlite-file-error.js';
import { writeSnapshot } from './sqlite-snapshot.js';

export type BackupResult = {
  file: string;
  bytes: number;
  meals: number;
  events: number;
  durationMs: number;
};

export type BackupOptions = {
  /** Replace the target when it exists (it is replaced in one rename, never truncated first). */
  force?: boolean;
  /** How long to wait for the server's write lock and for a restore in progress. */
  waitMs?: number;
};

const checkTarget = (databaseFile: string, target: string, force: boolean): void => {
  if (!existsSync(target)) return;
  if (realpathSync(target) === realpathSync(databaseFile)) {
    throw new SqliteFileError('same_file', `${target} is the database itself; back it up to another file`);
  }
  if (!force) {
    throw new SqliteFileError('target_exists', `${target} exists; give --force to replace it`);
  }
};

/** What the copy holds, read from the copy: the figures describe the backup, not the live database. */
const describeBackup = (file: string) => {
  const copy = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return { bytes: statSync(file).size, ...countRecords(copy) };
  } finally {
    copy.close();
  }
};

/**
 * Copies the SQLite database to `target` while servers may be writing to it (see `writeSnapshot`):
 * the copy holds every transaction committed before it started and none half done.
 */
export const backupSqliteDatabase = (
  databaseFile: string,
  target: string,
  options: BackupOptions = {},
): BackupResult => {
  const started = performance.now();
  const source = resolve(databaseFile);
  const file = resolve(target);
  if (!existsSync(source)) {
    throw new SqliteFileError('no_database', `there is no database at ${source} to back up`);
  }
  checkTarget(source, file, options.force ?? false);
  makeDirectory(dirname(file));
  const waitMs = options.waitMs ?? 5000;
  // A backup is a user of the database too: a restore must not swap the file while it reads.
  const inUse = useDatabase(source, waitMs);
  try {
    const db = new SqliteDatabase(source, { fileMustExist: true });
    try {
      db.pragma(`busy_timeout = ${Math.trunc(waitMs)}`);
      writeSnapshot(db, file);
    } finally {
      db.close();
    }
  } finally {
    inUse.release();
  }
  return { file, ...describeBackup(file), durationMs: performance.now() - started };
};
