import Database from 'better-sqlite3';
import { type Authority, authorityOver } from './authority.js';

/** Reads the server's SQLite file from this process; WAL lets it read while the server writes. */
export const sqliteAuthority = (file: string): Authority => {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  database.pragma('busy_timeout = 5000');
  return authorityOver(
    async (sql) => database.prepare(sql).all() as Array<Record<string, unknown>>,
    async () => {
      database.close();
    },
  );
};
