import { createHash } from 'node:crypto';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  addMeals,
  countRows,
  createFitiqDatabase,
  createSqliteFileOfAnotherApp,
  filesIn,
  freshDataDir,
  openForWriting,
} from '../../testing/fitiq-sqlite-file.js';
import { useDatabase } from './database-in-use.js';
import { backupSqliteDatabase } from './sqlite-backup.js';
import { SqliteFileError, type SqliteFileFailure } from './sqlite-file-error.js';
import { restoreSqliteDatabase } from './sqlite-restore.js';

/** A backup file holding `meals` meals, made by `backupSqliteDatabase`. */
const backupWith = async (meals: number): Promise<string> => {
  const { dir, database } = freshDataDir();
  await createFitiqDatabase(database);
  const db = openForWriting(database);
  addMeals(db, 'backed-up', meals);
  db.close();
  return backupSqliteDatabase(database, join(dir, 'backup.db')).file;
};

/** A live database whose latest meals are still in its write-ahead log (as after a crash). */
const databaseWithLog = async () => {
  const { dir, database } = freshDataDir();
  await createFitiqDatabase(database);
  const db = openForWriting(database);
  db.pragma('wal_autocheckpoint = 0');
  addMeals(db, 'live', 3);
  // The files as a killed server leaves them: the last meals only in the log, never checkpointed
  // (closing checkpoints and removes the log, so the files are put back as they were before it).
  const files = [database, `${database}-wal`, `${database}-shm`].map((f) => [f, readFileSync(f)] as const);
  db.close();
  for (const [file, bytes] of files) writeFileSync(file, bytes);
  expect(countRows(database, 'meal_logs')).toBe(3);
  return { dir, database };
};

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const refusal = async (restore: Promise<unknown>): Promise<SqliteFileError> => {
  const error = await restore.then(
    () => new Error('the restore went through'),
    (e: unknown) => e,
  );
  if (error instanceof SqliteFileError) return error;
  throw error;
};

/** Runs a restore that must be refused, and checks the live database and its folder are untouched. */
const expectRefused = async (source: string, failure: SqliteFileFailure, message: RegExp) => {
  const { dir, database } = await databaseWithLog();
  const before = { files: filesIn(dir), db: digest(database), log: digest(`${database}-wal`) };
  const error = await refusal(restoreSqliteDatabase(source, database));
  expect(error.failure).toBe(failure);
  expect(error.message).toMatch(message);
  expect({ files: filesIn(dir), db: digest(database), log: digest(`${database}-wal`) }).toEqual(before);
};

describe('fitiq restore, on the SQLite file', () => {
  it('replaces a database that has a write-ahead log: the log is folded into the kept copy, none is left beside the new one', async () => {
    const backup = await backupWith(5);
    const { database } = await databaseWithLog();
    const result = await restoreSqliteDatabase(backup, database);
    expect(result).toMatchObject({ meals: 5, events: 5, migration: expect.stringMatching(/^\d{4}-/) });
    expect(countRows(database, 'meal_logs')).toBe(5);
    expect(existsSync(`${database}-wal`)).toBe(false);
    expect(existsSync(`${database}-shm`)).toBe(false);
    // The replaced database is whole, its last meals (only in its log before) included.
    expect(result.previous).toMatch(/fitiq\.db\.before-restore-/);
    expect(countRows(result.previous as string, 'meal_logs')).toBe(3);
    const reopened = new SqliteDatabase(database);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('restores into a folder that has no database yet, and creates the folder', async () => {
    const backup = await backupWith(2);
    const { dir } = freshDataDir();
    const database = join(dir, 'new', 'fitiq.db');
    const result = await restoreSqliteDatabase(backup, database);
    expect(result.previous).toBeNull();
    expect(countRows(database, 'events')).toBe(2);
  });

  it('a file that does not exist: refused, nothing touched', async () => {
    await expectRefused('/nowhere/backup.db', 'missing_file', /there is no file at \/nowhere\/backup\.db/);
  });

  it('a file that is not a SQLite database: refused, nothing touched', async () => {
    const { dir } = freshDataDir();
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'breakfast: 2 eggs and toast\n'.repeat(200));
    await expectRefused(notes, 'not_sqlite', /notes\.txt is not a SQLite database/);
  });

  it("a SQLite database that is not FitIQ's: refused, nothing touched", async () => {
    const { dir } = freshDataDir();
    const other = join(dir, 'other.db');
    createSqliteFileOfAnotherApp(other);
    await expectRefused(other, 'not_fitiq', /other\.db is a SQLite database, but not FitIQ's/);
  });

  it('a FitIQ database from a newer version (a migration this one does not know): refused, nothing touched', async () => {
    const backup = await backupWith(1);
    const db = new SqliteDatabase(backup);
    db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run(
      '9999-from-the-future',
      new Date().toISOString(),
    );
    db.close();
    await expectRefused(backup, 'newer_schema', /newer FitIQ \(migration 9999-from-the-future\)/);
  });

  it('a damaged FitIQ database (cut short): refused, nothing touched', async () => {
    const backup = await backupWith(400);
    truncateSync(backup, Math.floor(readFileSync(backup).length / 2));
    await expectRefused(backup, 'corrupt', /is damaged/);
  });

  it('refused while a server has the database in use, granted once it stopped', async () => {
    const backup = await backupWith(1);
    const { dir, database } = await databaseWithLog();
    const server = useDatabase(database, 0);
    const before = filesIn(dir);
    const error = await refusal(restoreSqliteDatabase(backup, database));
    expect(error.failure).toBe('in_use');
    expect(filesIn(dir)).toEqual(before);
    server.release();
    await restoreSqliteDatabase(backup, database);
    expect(countRows(database, 'meal_logs')).toBe(1);
  });

  it('refused while another program has the database open without saying so (a replication tool, the sqlite3 shell)', async () => {
    const backup = await backupWith(1);
    const { dir, database } = await databaseWithLog();
    const other = openForWriting(database);
    const before = filesIn(dir);
    const error = await refusal(restoreSqliteDatabase(backup, database));
    expect(error.message).toMatch(/another program has .*fitiq\.db open/);
    expect(filesIn(dir)).toEqual(before);
    expect(countRows(database, 'meal_logs')).toBe(3);
    other.close();
  });
});
