import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { createPostgresStorage } from '../storage/postgres/postgres-storage.js';
import type { Database } from '../storage/schema.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { createPostgresDatabase, type DialectCase } from './storage-dialects.js';

/** Every table that holds a user's rows, and how to find that user's rows in it. */
export const USER_TABLES = [
  'users',
  'streams',
  'meal_logs',
  'idempotency_keys',
  'events',
  'session_families',
  'refresh_tokens',
  'portions',
  'push_subscriptions',
  'push_deliveries',
] as const;
export type UserTable = (typeof USER_TABLES)[number];
export type RowCounts = Record<UserTable, number>;

const countRows = async (db: Kysely<Database>, userId: string): Promise<RowCounts> => {
  const counts = {} as RowCounts;
  for (const table of USER_TABLES) {
    const query =
      table === 'users'
        ? sql<{ n: number }>`select count(*) as n from users where id = ${userId}`
        : table === 'refresh_tokens'
          ? sql<{ n: number }>`select count(*) as n from refresh_tokens t
              join session_families f on f.id = t.family_id where f.user_id = ${userId}`
          : sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where user_id = ${userId}`;
    counts[table] = Number((await query.execute(db)).rows[0]?.n ?? 0);
  }
  return counts;
};

/**
 * A storage per dialect, plus a second connection of its own that counts a user's rows in every
 * table: deletion tests look at the database itself, not at what the repositories choose to show.
 */
export type CountedDialect = {
  name: DialectCase['name'];
  open: () => Promise<{
    storage: Storage;
    countRows: (userId: string) => Promise<RowCounts>;
    dispose: () => Promise<void>;
  }>;
};

export const COUNTED_DIALECTS: CountedDialect[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fitiq-counted-'));
      const file = join(dir, 'fitiq.db');
      const storage = createSqliteStorage(file);
      await storage.migrate();
      const db = new Kysely<Database>({
        dialect: new SqliteDialect({ database: new SqliteDatabase(file, { readonly: true }) }),
      });
      return {
        storage,
        countRows: (userId) => countRows(db, userId),
        dispose: async () => {
          await db.destroy();
          await storage.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const database = await createPostgresDatabase();
      const storage = createPostgresStorage({ connectionString: database.url });
      await storage.migrate();
      const db = new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }),
      });
      return {
        storage,
        countRows: (userId) => countRows(db, userId),
        dispose: async () => {
          await db.destroy();
          await storage.close();
          await database.drop();
        },
      };
    },
  },
];
