/**
 * The realistic baseline's storage: one SQLite file through better-sqlite3, set up the way the
 * better-sqlite3 docs advise (WAL, synchronous NORMAL: the same durability FitIQ's SQLite adapter
 * has). A meal and its job are written in one transaction, so a restart finds every accepted meal's
 * job; the completion updates the meal and deletes the job in another. Ids are random UUIDs, what
 * `crypto.randomUUID()` gives a team by default.
 */
import type { MealLog } from '@fitiq/contract';
import Database from 'better-sqlite3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meals (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  raw_input TEXT NOT NULL,
  items TEXT NOT NULL,
  totals TEXT,
  error TEXT,
  logged_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meals_by_user_day ON meals (user_id, logged_at);
CREATE TABLE IF NOT EXISTS jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  meal_id TEXT NOT NULL REFERENCES meals (id),
  user_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);`;

export type PendingJob = { jobId: number; userId: string; meal: MealLog };

export type MealStore = {
  /** Stores a new meal and its job in one transaction; returns the job's id. */
  insertWithJob(userId: string, meal: MealLog): number;
  /** Stores the parser's result and removes the job, in one transaction. */
  complete(jobId: number, meal: MealLog): void;
  /** Jobs a previous process accepted and never finished. */
  pending(): PendingJob[];
  close(): void;
};

type MealRow = {
  id: string;
  status: MealLog['status'];
  version: number;
  raw_input: string;
  items: string;
  totals: string | null;
  error: string | null;
  logged_at: string;
  created_at: string;
  updated_at: string;
};

const mealOfRow = (row: MealRow): MealLog => ({
  id: row.id,
  status: row.status,
  version: row.version,
  raw_input: row.raw_input,
  meal_type: null,
  items: JSON.parse(row.items) as MealLog['items'],
  totals: row.totals === null ? null : (JSON.parse(row.totals) as MealLog['totals']),
  error: row.error === null ? null : (JSON.parse(row.error) as MealLog['error']),
  logged_at: row.logged_at,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const openMealStore = (file: string): MealStore => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const insertMeal = db.prepare(
    `INSERT INTO meals (id, user_id, status, version, raw_input, items, totals, error, logged_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '[]', NULL, NULL, ?, ?, ?)`,
  );
  const insertJob = db.prepare('INSERT INTO jobs (meal_id, user_id, created_at) VALUES (?, ?, ?)');
  const updateMeal = db.prepare(
    'UPDATE meals SET status = ?, version = ?, items = ?, totals = ?, error = ?, updated_at = ? WHERE id = ?',
  );
  const deleteJob = db.prepare('DELETE FROM jobs WHERE id = ?');
  const selectPending = db.prepare(
    'SELECT jobs.id AS job_id, jobs.user_id AS job_user, meals.* FROM jobs JOIN meals ON meals.id = jobs.meal_id ORDER BY jobs.id',
  );

  const insertWithJob = db.transaction((userId: string, meal: MealLog): number => {
    insertMeal.run(
      meal.id,
      userId,
      meal.status,
      meal.version,
      meal.raw_input,
      meal.logged_at,
      meal.created_at,
      meal.updated_at,
    );
    return Number(insertJob.run(meal.id, userId, meal.created_at).lastInsertRowid);
  });
  const complete = db.transaction((jobId: number, meal: MealLog) => {
    updateMeal.run(
      meal.status,
      meal.version,
      JSON.stringify(meal.items),
      meal.totals === null ? null : JSON.stringify(meal.totals),
      meal.error === null ? null : JSON.stringify(meal.error),
      meal.updated_at,
      meal.id,
    );
    deleteJob.run(jobId);
  });

  return {
    insertWithJob: (userId, meal) => insertWithJob(userId, meal),
    complete: (jobId, meal) => complete(jobId, meal),
    pending: () =>
      (selectPending.all() as Array<MealRow & { job_id: number; job_user: string }>).map((row) => ({
        jobId: row.job_id,
        userId: row.job_user,
        meal: mealOfRow(row),
      })),
    close: () => db.close(),
  };
};
