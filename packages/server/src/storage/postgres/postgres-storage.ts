import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createKyselyStorage } from '../kysely/kysely-storage.js';
import type { Database } from '../schema.js';
import type { Storage } from '../storage.js';

export type PostgresOptions = { connectionString: string; maxConnections?: number };

/** PostgreSQL through a connection pool; jobs are claimed with SKIP LOCKED so workers never wait on each other. */
export const createPostgresStorage = ({
  connectionString,
  maxConnections = 10,
}: PostgresOptions): Storage => {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that would
  // crash the process. The next query gets a fresh connection.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStorage(db, {
    skipLocked: true,
    snapshotIsolation: 'repeatable read',
    groupCommit: false,
    arrayParameters: true,
  });
};
