import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addMeals,
  countRows,
  createFitiqDatabase,
  freshDataDir,
  openForWriting,
} from '../../testing/fitiq-sqlite-file.js';
import { backupSqliteDatabase } from './sqlite-backup.js';
import { SqliteFileError } from './sqlite-file-error.js';

/**
 * A writer on its own thread and connection, committing a meal row and its event per transaction
 * without pause, as a busy server does. It says how many it committed, now and then.
 */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
let stop = false;
parentPort.on('message', () => { stop = true; });
const now = new Date().toISOString();
db.prepare("INSERT INTO users (id, email, password_hash, created_at) VALUES ('writer', 'w@example.com', 'x', ?)").run(now);
const insertMeal = db.prepare("INSERT INTO meal_logs (id, user_id, status, raw_input, logged_at, created_at, updated_at, items) VALUES (?, 'writer', 'processing', 'toast', ?, ?, ?, '[]')");
const insertEvent = db.prepare("INSERT INTO events (user_id, seq, id, type, created_at, payload) VALUES ('writer', ?, ?, 'meal_log.created', ?, '{}')");
const commit = db.transaction((n) => { insertMeal.run('m' + n, now, now, now); insertEvent.run(n, 'e' + n, now); });
let n = 0;
const loop = () => {
  for (let i = 0; i < 20; i++) commit(++n);
  parentPort.postMessage(n);
  if (stop) db.close(); else setImmediate(loop);
};
loop();
`;

const writers: Worker[] = [];
afterEach(async () => {
  for (const writer of writers.splice(0)) await writer.terminate();
});

const startWriter = (file: string) => {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WRITER, { eval: true, workerData: { file, driver } });
  writers.push(worker);
  let committed = 0;
  worker.on('message', (n: number) => (committed = n));
  const reached = (count: number) =>
    new Promise<void>((resolve) => {
      const check = (n: number) => {
        if (n < count) return;
        worker.off('message', check);
        resolve();
      };
      worker.on('message', check);
    });
  return { committed: () => committed, reached };
};

const refusal = (run: () => unknown): SqliteFileError => {
  try {
    run();
  } catch (error) {
    if (error instanceof SqliteFileError) return error;
    throw error;
  }
  throw new Error('the backup went through');
};

describe('fitiq backup, on the SQLite file', () => {
  it('copies a database another connection keeps writing to: whole, consistent, with everything committed before it began', async () => {
    const { dir, database } = freshDataDir();
    await createFitiqDatabase(database);
    const writer = startWriter(database);
    await writer.reached(500);
    const committedBefore = writer.committed();
    const result = backupSqliteDatabase(database, join(dir, 'backup.db'));
    await writer.reached(committedBefore + 100);
    expect(result.meals).toBeGreaterThanOrEqual(committedBefore);
    // Each meal came with its event in one transaction: a consistent copy has as many of each.
    expect(result.events).toBe(result.meals);
    const copy = new SqliteDatabase(result.file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const seqs = copy.prepare('SELECT seq FROM events ORDER BY seq').pluck().all() as number[];
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    copy.close();
  });

  it('says what it wrote: the file, its size, its meals and events', async () => {
    const { dir, database } = freshDataDir();
    await createFitiqDatabase(database);
    const db = openForWriting(database);
    addMeals(db, 'a', 7);
    const result = backupSqliteDatabase(database, join(dir, 'copies', 'monday.db'));
    db.close();
    expect(result).toMatchObject({ file: join(dir, 'copies', 'monday.db'), meals: 7, events: 7 });
    expect(result.bytes).toBeGreaterThan(4096);
  });

  it('refuses a target that exists unless asked to replace it, then replaces it whole', async () => {
    const { dir, database } = freshDataDir();
    await createFitiqDatabase(database);
    const target = join(dir, 'backup.db');
    backupSqliteDatabase(database, target);
    const db = openForWriting(database);
    addMeals(db, 'later', 2);
    db.close();
    expect(refusal(() => backupSqliteDatabase(database, target))).toMatchObject({
      failure: 'target_exists',
      message: `${target} exists; give --force to replace it`,
    });
    expect(countRows(target, 'meal_logs')).toBe(0);
    backupSqliteDatabase(database, target, { force: true });
    expect(countRows(target, 'meal_logs')).toBe(2);
  });

  it('refuses to write over the database itself, and says when there is no database', async () => {
    const { database } = freshDataDir();
    expect(refusal(() => backupSqliteDatabase(database, `${database}.copy`)).failure).toBe('no_database');
    await createFitiqDatabase(database);
    expect(refusal(() => backupSqliteDatabase(database, database, { force: true })).failure).toBe(
      'same_file',
    );
  });
});
