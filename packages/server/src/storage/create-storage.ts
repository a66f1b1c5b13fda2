import { isPostgresUrl, sqliteFilename } from './database-url.js';
import { createPostgresStorage } from './postgres/postgres-storage.js';
import { createSqliteStorage, type SqliteOptions } from './sqlite/sqlite-storage.js';
import type { Storage } from './storage.js';

/** Picks the adapter from DATABASE_URL: `postgres://` for PostgreSQL, a file path (or `sqlite:` URL) for SQLite. */
export const createStorage = (databaseUrl: string, options: SqliteOptions = {}): Storage => {
  if (isPostgresUrl(databaseUrl)) return createPostgresStorage({ connectionString: databaseUrl });
  return createSqliteStorage(sqliteFilename(databaseUrl), options);
};
