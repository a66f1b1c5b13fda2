import { copyFileSync, existsSync, linkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { makeDirectory } from '../make-directory.js';
import { claimDatabaseAlone } from './database-in-use.js';
import { checkFitiqDatabase, type FitiqDatabaseFacts } from './fitiq-database-check.js';
import { SqliteFileError } from './sqlite-file-error.js';
import { syncToDisk, writeSnapshot } from './sqlite-snapshot.js';

export type RestoreResult = FitiqDatabaseFacts & {
  database: string;
  bytes: number;
  /** Where the database that was replaced is kept; null when there was none. */
  previous: string | null;
};

const checkSource = (source: string, database: string): void => {
  if (!existsSync(source)) throw new SqliteFileError('missing_file', `there is no file at ${source}`);
  if (statSync(source).isDirectory()) throw new SqliteFileError('not_sqlite', `${source} is a folder`);
  if (existsSync(database) && realpathSync(source) === realpathSync(database)) {
    throw new SqliteFileError('same_file', `${source} is the database itself`);
  }
};

const openSource = (source: string): SqliteDatabase.Database => {
  try {
    return new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new SqliteFileError('not_sqlite', `cannot open ${source}: ${(error as Error).message}`, {
      cause: error,
    });
  }
};

/** Writes the checked source beside the database, whole and synced, ready to be renamed over it. */
const stageCopy = async (source: string, staged: string): Promise<FitiqDatabaseFacts> => {
  const db = openSource(source);
  try {
    const facts = await checkFitiqDatabase(db, source);
    writeSnapshot(db, staged);
    return facts;
  } finally {
    db.close();
  }
};

/**
 * Folds the write-ahead log of the database about to be replaced into its main file. Leaving WAL
 * mode needs the database to oneself, so this also finds a program that has it open without taking
 * the in-use lock (Litestream, the sqlite3 shell). A database too damaged to open is kept as it is.
 */
const foldLog = (database: string): void => {
  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(database, { fileMustExist: true, timeout: 0 });
  } catch {
    return;
  }
  try {
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new SqliteFileError(
        'in_use',
        `another program has ${database} open (a replication tool, the sqlite3 shell?); stop it first`,
        { cause: error },
      );
    }
    // Damaged: its log goes aside with it.
  } finally {
    db.close();
  }
};

/**
 * Keeps the database about to be replaced under another name, while its own name stays whole until
 * the rename. No log of it may stay beside the new database: SQLite would replay it into the new
 * file at the next open, and corrupt it.
 */
const keepPrevious = (database: string): string | null => {
  const kept = `${database}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const existed = existsSync(database);
  if (existed) {
    foldLog(database);
    try {
      linkSync(database, kept);
    } catch {
      // Hard links are not everywhere (some network and FAT file systems): a copy does the same.
      copyFileSync(database, kept);
    }
  }
  const log = `${database}-wal`;
  const logLeft = existsSync(log);
  if (logLeft) renameSync(log, `${kept}-wal`);
  rmSync(`${database}-shm`, { force: true });
  return existed || logLeft ? kept : null;
};

/**
 * Replaces the SQLite database with a backup, refusing while anyone has it open. The backup is
 * checked before anything is touched, copied beside the database and renamed over it in one step, so
 * the database's name always holds either the old database or the whole new one. The old one is kept
 * beside it (`<database>.before-restore-<time>`), to be deleted once the restore is known good.
 */
export const restoreSqliteDatabase = async (
  backupFile: string,
  databaseFile: string,
): Promise<RestoreResult> => {
  const source = resolve(backupFile);
  const database = resolve(databaseFile);
  checkSource(source, database);
  makeDirectory(dirname(database));
  // Held to the end: no server can open the database while it is being replaced.
  const alone = claimDatabaseAlone(database);
  const staged = `${database}.restoring-${process.pid}`;
  try {
    const facts = await stageCopy(source, staged);
    const previous = keepPrevious(database);
    renameSync(staged, database);
    syncToDisk(dirname(database));
    return { ...facts, database, bytes: statSync(database).size, previous };
  } finally {
    rmSync(staged, { force: true });
    alone.release();
  }
};
