import type SqliteDatabase from 'better-sqlite3';
import { migrationProvider } from '../migrations/index.js';
import { SqliteFileError } from './sqlite-file-error.js';

/** Tables every FitIQ database has had since its first migration; later ones the server adds at start. */
const FIRST_TABLES = ['users', 'streams', 'meal_logs', 'idempotency_keys', 'events'] as const;

/** Kysely's record of the migrations applied, in every migrated database. */
const MIGRATION_TABLE = 'kysely_migration';

export type FitiqDatabaseFacts = {
  /** The last migration applied; an older one is fine (the server migrates at start). */
  migration: string;
  meals: number;
  events: number;
};

const codeOf = (error: unknown) => (error as { code?: string }).code;

const checkIntegrity = (db: SqliteDatabase.Database, file: string): void => {
  let rows: { integrity_check: string }[];
  try {
    rows = db.pragma('integrity_check') as { integrity_check: string }[];
  } catch (error) {
    if (codeOf(error) === 'SQLITE_NOTADB') {
      throw new SqliteFileError('not_sqlite', `${file} is not a SQLite database`, { cause: error });
    }
    throw new SqliteFileError('corrupt', `${file} is damaged: ${(error as Error).message}`, { cause: error });
  }
  const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  if (problems.length > 0) {
    throw new SqliteFileError('corrupt', `${file} is damaged: ${problems.slice(0, 3).join('; ')}`);
  }
};

const appliedMigrations = (db: SqliteDatabase.Database, file: string): string[] => {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const missing = [MIGRATION_TABLE, ...FIRST_TABLES].filter((table) => !tables.has(table));
  if (missing.length > 0) {
    throw new SqliteFileError(
      'not_fitiq',
      `${file} is a SQLite database, but not FitIQ's (it has no ${missing.join(', ')} table)`,
    );
  }
  return (db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[]).map(
    (row) => row.name,
  );
};

/**
 * Reads enough of the file to restore from to know it is a whole FitIQ database this version can
 * run: SQLite's integrity check, the tables, and no migration this program does not know.
 */
export const checkFitiqDatabase = async (
  db: SqliteDatabase.Database,
  file: string,
): Promise<FitiqDatabaseFacts> => {
  checkIntegrity(db, file);
  const applied = appliedMigrations(db, file);
  const known = new Set(Object.keys(await migrationProvider.getMigrations()));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new SqliteFileError(
      'newer_schema',
      `${file} was written by a newer FitIQ (migration ${unknown.join(', ')}); upgrade FitIQ, then restore it`,
    );
  }
  const migration = applied.at(-1);
  if (!migration) {
    throw new SqliteFileError('not_fitiq', `${file} has FitIQ's tables but no migration recorded`);
  }
  return { migration, ...countRecords(db) };
};

/** Meals and events in a FitIQ database: what a backup or a restore reports it carried. */
export const countRecords = (db: SqliteDatabase.Database): { meals: number; events: number } => {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { meals: count('meal_logs'), events: count('events') };
};
