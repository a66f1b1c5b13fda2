import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresStorage } from '../storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';

const ADMIN_URL = process.env.FITIQ_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let postgresReachable: Promise<boolean> | null = null;

const probePostgres = async (): Promise<boolean> => {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
};

/**
 * Whether PostgreSQL tests run. Under CI=true a missing server is a failure, not a skip; elsewhere the
 * tests skip with one loud line.
 */
export const postgresAvailable = async (): Promise<boolean> => {
  postgresReachable ??= probePostgres();
  const ok = await postgresReachable;
  if (!ok && process.env.CI === 'true')
    throw new Error(`PostgreSQL is required under CI=true but ${ADMIN_URL} is unreachable`);
  if (!ok) console.warn(`[fitiq tests] SKIPPING PostgreSQL tests: ${ADMIN_URL} is unreachable`);
  return ok;
};

/** A fresh, empty PostgreSQL database for one test file; `drop` removes it. */
export const createPostgresDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const name = `fitiq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
};

export type DialectCase = {
  name: 'sqlite' | 'postgres';
  open: () => Promise<{ storage: Storage; dispose: () => Promise<void> }>;
};

/** Every storage test runs once per dialect: `describe.each(DIALECTS)`. */
export const DIALECTS: DialectCase[] = [
  {
    name: 'sqlite',
    open: async () => {
      const storage = createSqliteStorage(':memory:');
      await storage.migrate();
      return { storage, dispose: () => storage.close() };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const database = await createPostgresDatabase();
      const storage = createPostgresStorage({ connectionString: database.url });
      await storage.migrate();
      return {
        storage,
        dispose: async () => {
          await storage.close();
          await database.drop();
        },
      };
    },
  },
];
