import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { createPostgresStorage } from '../storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { createPostgresDatabase, postgresAvailable } from './storage-dialects.js';

/** A database migrated by hand to any step, and the server's storage opened on the same database. */
export type MigrationDatabase = { db: Kysely<unknown>; storage: () => Storage; dispose: () => Promise<void> };

export type MigrationDialect = { name: 'sqlite' | 'postgres'; open: () => Promise<MigrationDatabase> };

const sqlite: MigrationDialect = {
  name: 'sqlite',
  open: async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fitiq-migration-')), 'fitiq.db');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) });
    let storage: Storage | null = null;
    return {
      db,
      storage: () => {
        storage ??= createSqliteStorage(file);
        return storage;
      },
      dispose: async () => {
        await storage?.close();
        await db.destroy();
      },
    };
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
    return {
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
    };
  },
};

/**
 * The dialects a migration test runs on: SQLite always, PostgreSQL where it is reachable (required
 * under CI=true, see postgresAvailable).
 */
export const migrationDialects = async (): Promise<MigrationDialect[]> =>
  (await postgresAvailable()) ? [sqlite, postgres] : [sqlite];
