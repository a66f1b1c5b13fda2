import { ConfigError } from '../config.js';
import { createSqliteStorage } from './sqlite/sqlite-storage.js';
import type { Storage } from './storage.js';

/** Picks the adapter from DATABASE_URL: a file path (or sqlite: URL) for SQLite. */
export const createStorage = (databaseUrl: string): Storage => {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      'PostgreSQL storage is not available in this version; unset DATABASE_URL to use SQLite',
    );
  }
  return createSqliteStorage(databaseUrl.replace(/^sqlite:(\/\/)?/, ''));
};
