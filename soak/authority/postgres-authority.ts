import pg from 'pg';
import { type Authority, authorityOver } from './authority.js';

export const postgresAuthority = (connectionString: string): Authority => {
  const pool = new pg.Pool({ connectionString, max: 2 });
  return authorityOver(
    async (sql) => (await pool.query(sql)).rows as Array<Record<string, unknown>>,
    () => pool.end(),
  );
};
