import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createKyselyStorage } from '../kysely/kysely-storage.js';
import { makeDirectory } from '../make-directory.js';
import type { Database } from '../schema.js';
import type { Storage } from '../storage.js';
import { type DatabaseClaim, useDatabase } from './database-in-use.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

/** Often enough that the log stays a few MiB under full write load. */
const CHECKPOINT_EVERY_MS = 200;

/**
 * Kysely prepares every query anew; the server runs a few dozen distinct statements, so keeping them
 * prepared saves the SQL parse on every call. Statements run synchronously, so sharing one is safe.
 */
const withStatementCache = (database: SqliteDatabase.Database) => {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size < 500) statements.set(sql, statement);
      }
      return statement;
    },
    close: () => database.close(),
  };
};

export type SqliteOptions = {
  /**
   * How long a write waits for another process's lock before SQLITE_BUSY (a 503 then). better-sqlite3
   * waits synchronously, blocking the event loop meanwhile: keep it short.
   */
  busyTimeoutMs?: number;
  /** A group commit's work budget (see `createWriteBatcher`); its default when not given. */
  groupCommitMs?: number;
};

/** The SQLite adapter, with its connection for tests that need to put the database in a corner. */
export type SqliteStorage = Storage & { readonly database: SqliteDatabase.Database };

/**
 * A write that needs a new page fails with SQLITE_FULL once the file reached `max_page_count` with
 * no free page left, while a write into an existing page still succeeds: readiness asks directly.
 */
const checkPageBudget = (database: SqliteDatabase.Database): void => {
  const pragma = (name: string) => database.pragma(name, { simple: true }) as number;
  if (pragma('freelist_count') === 0 && pragma('page_count') >= pragma('max_page_count')) {
    throw Object.assign(new Error('the database reached its maximum size'), { code: 'SQLITE_FULL' });
  }
};

/** `:memory:` or a file path; the file's folder is created when missing. */
export const createSqliteStorage = (filename: string, options: SqliteOptions = {}): SqliteStorage => {
  const busyTimeoutMs = Math.trunc(options.busyTimeoutMs ?? 5000);
  let inUse: DatabaseClaim | null = null;
  if (filename !== ':memory:') {
    makeDirectory(dirname(filename));
    // Held while the storage is open, so `fitiq restore` never swaps the file under a running server.
    inUse = useDatabase(filename, busyTimeoutMs);
  }
  try {
    return openSqliteStorage(filename, busyTimeoutMs, options.groupCommitMs, inUse);
  } catch (error) {
    inUse?.release();
    throw error;
  }
};

const openSqliteStorage = (
  filename: string,
  busyTimeoutMs: number,
  groupCommitMs: number | undefined,
  inUse: DatabaseClaim | null,
): SqliteStorage => {
  const database = new SqliteDatabase(filename);
  // WAL lets readers run beside the single writer; NORMAL sync is durable across process crashes
  // (only an OS crash can lose the last transactions), the usual trade for an app database.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${busyTimeoutMs}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const storage = createKyselyStorage(
    db,
    { skipLocked: false, snapshotIsolation: null, groupCommit: true, arrayParameters: false },
    { maxBatchMs: groupCommitMs },
  );
  const sqliteStorage: SqliteStorage = {
    ...storage,
    database,
    async checkWritable() {
      await storage.checkWritable();
      checkPageBudget(database);
    },
  };
  if (filename === ':memory:') return sqliteStorage;
  // Checkpoints move to a worker thread (see wal-checkpointer.ts); once a checkpoint has caught up,
  // the next writer starts the log over and SQLite cuts the file back to this size.
  database.pragma('wal_autocheckpoint = 0');
  database.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  const checkpointer = startWalCheckpointer(filename, CHECKPOINT_EVERY_MS);
  return {
    ...sqliteStorage,
    async close() {
      await checkpointer.stop();
      await storage.close();
      inUse?.release();
    },
  };
};
