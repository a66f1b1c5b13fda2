import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';

/** A folder of its own for a test's database files, and the path `fitiq serve` would use in it. */
export const freshDataDir = (): { dir: string; database: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'fitiq-sqlite-file-'));
  return { dir, database: join(dir, 'fitiq.db') };
};

/** A migrated FitIQ database at `file` (in WAL mode, as the server leaves it), closed. */
export const createFitiqDatabase = async (file: string): Promise<void> => {
  const storage = createSqliteStorage(file);
  await storage.migrate();
  await storage.close();
};

/**
 * Adds `count` meals of one user, each with its `meal_log.created` event, one transaction per meal, as
 * a server would; `label` marks them so a test can tell whose rows a database holds.
 */
export const addMeals = (db: SqliteDatabase.Database, label: string, count: number): void => {
  const user = `user-${label}`;
  const now = new Date().toISOString();
  db.prepare('INSERT OR IGNORE INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)').run(
    user,
    `${label}@example.com`,
    'x',
    now,
  );
  db.prepare('INSERT OR IGNORE INTO streams (user_id, head) VALUES (?, 0)').run(user);
  const addOne = db.transaction(() => {
    const { head } = db
      .prepare('UPDATE streams SET head = head + 1 WHERE user_id = ? RETURNING head')
      .get(user) as {
      head: number;
    };
    const meal = `meal-${label}-${head}`;
    db.prepare(
      `INSERT INTO meal_logs (id, user_id, status, raw_input, logged_at, created_at, updated_at, items)
       VALUES (?, ?, 'processing', 'an apple', ?, ?, ?, '[]')`,
    ).run(meal, user, now, now, now);
    db.prepare(
      'INSERT INTO events (user_id, seq, id, type, created_at, payload) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(user, head, `event-${meal}`, 'meal_log.created', now, JSON.stringify({ meal }));
  });
  for (let i = 0; i < count; i++) addOne();
};

/** Opens `file` the way the server does (WAL), for a test to write into it. */
export const openForWriting = (file: string): SqliteDatabase.Database => {
  const db = new SqliteDatabase(file, { fileMustExist: true });
  db.pragma('journal_mode = WAL');
  return db;
};

export const countRows = (file: string, table: 'meal_logs' | 'events'): number => {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** The folder's file names, sorted: what a refused operation must leave as it was. */
export const filesIn = (dir: string): string[] => readdirSync(dir).sort();

/** A SQLite database of some other program: a file `fitiq restore` must refuse. */
export const createSqliteFileOfAnotherApp = (file: string): void => {
  const db = new SqliteDatabase(file);
  db.exec('CREATE TABLE recipes (name TEXT NOT NULL, steps TEXT)');
  db.prepare('INSERT INTO recipes VALUES (?, ?)').run('pancakes', 'mix, fry');
  db.close();
};
