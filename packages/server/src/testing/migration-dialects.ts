import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach } from 'vitest';
import { migrationProvider } from '../storage/migrations/index.js';
import { createPostgresStorage } from '../storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { createPostgresDatabase, postgresAvailable } from './storage-dialects.js';

/** A database migrated by hand to any step, and the server's storage opened on the same database. */
export type MigrationDatabase = {
  db: Kysely<unknown>;
  /** Migrates up or down to the named migration. */
  to: (name: string) => Promise<void>;
  storage: () => Storage;
  dispose: () => Promise<void>;
};

type OpenedDatabase = Omit<MigrationDatabase, 'to'>;

/** Adds `to`: the project's migrations, run up or down to a named one. */
const withMigrator = (opened: OpenedDatabase): MigrationDatabase => {
  const migrator = new Migrator({ db: opened.db, provider: migrationProvider });
  return {
    ...opened,
    to: async (name) => {
      const { error } = await migrator.migrateTo(name);
      if (error) throw error;
    },
  };
};

export type MigrationDialect = { name: 'sqlite' | 'postgres'; open: () => Promise<MigrationDatabase> };

const sqlite: MigrationDialect = {
  name: 'sqlite',
  open: async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fitiq-migration-')), 'fitiq.db');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) });
    let storage: Storage | null = null;
    return withMigrator({
      db,
      storage: () => {
        storage ??= createSqliteStorage(file);
        return storage;
      },
      dispose: async () => {
        await storage?.close();
        await db.destroy();
      },
    });
  },
};

const postgres: MigrationDialect = {
  name: 'postgres',
  open: async () => {
    const database = await createPostgresDatabase();
    const db = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }),
    });
    let storage: Storage | null = null;
    return withMigrator({
      db,
      storage: () => {
        storage ??= createPostgresStorage({ connectionString: database.url });
        return storage;
      },
      dispose: async () => {
        await storage?.close();
        await db.destroy();
        await database.drop();
      },
    });
  },
};

/**
 * The dialects a migration test runs on: SQLite always, PostgreSQL where it is reachable (required
 * under CI=true, see postgresAvailable).
 */
export const migrationDialects = async (): Promise<MigrationDialect[]> =>
  (await postgresAvailable()) ? [sqlite, postgres] : [sqlite];

/** Opens a database with `open` for one test, and disposes of it after that test, passed or failed. */
export const disposedAfterEach = (open: MigrationDialect['open']): MigrationDialect['open'] => {
  let opened: MigrationDatabase | null = null;
  afterEach(async () => {
    await opened?.dispose();
    opened = null;
  });
  return async () => {
    opened = await open();
    return opened;
  };
};
