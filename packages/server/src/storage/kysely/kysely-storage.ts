import { type Kysely, Migrator, sql } from 'kysely';
import { migrationProvider } from '../migrations/index.js';
import type { Database } from '../schema.js';
import type { Storage, StorageCapabilities } from '../storage.js';
import type { Executor } from './executor.js';
import { createRepositories, prepareStatements } from './repositories.js';
import { createWriteBatcher, type WriteBatcherOptions } from './write-batcher.js';

/** The one Storage implementation; a dialect only brings its Kysely instance and capability flags. */
export const createKyselyStorage = (
  db: Kysely<Database>,
  capabilities: StorageCapabilities,
  groupCommit: Pick<WriteBatcherOptions, 'maxBatchMs'> = {},
): Storage => {
  const statements = prepareStatements(db, capabilities);
  const reposFor = (executor: Executor) => createRepositories(executor, capabilities, statements);
  const batched = capabilities.groupCommit ? createWriteBatcher(db, reposFor, groupCommit) : null;
  return {
    capabilities,
    repos: reposFor(db),
    transaction: (work, onCommitted) => {
      if (batched) return batched(work, onCommitted);
      const committed = db.transaction().execute((trx) => work(reposFor(trx)));
      if (!onCommitted) return committed;
      return committed.then((result) => {
        onCommitted(result);
        return result;
      });
    },
    snapshot: (work) => {
      const transaction = capabilities.snapshotIsolation
        ? db.transaction().setIsolationLevel(capabilities.snapshotIsolation)
        : db.transaction();
      return transaction.execute((trx) => work(reposFor(trx)));
    },
    async migrate() {
      const migrator = new Migrator({ db, provider: migrationProvider });
      const { error, results } = await migrator.migrateToLatest();
      const failed = results?.find((r) => r.status === 'Error');
      // Failing before any migration ran (the database unreachable, say) is not a migration's fault.
      if (failed)
        throw new Error(`migration ${failed.migrationName} failed: ${String(error)}`, { cause: error });
      if (error) throw error;
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    async checkWritable() {
      // Rewrites the one row of Kysely's migration lock table, present in every migrated database:
      // the commit must reach the disk (the WAL on SQLite), which a full or read-only one refuses.
      await db.transaction().execute(async (trx) => {
        await sql`update kysely_migration_lock set is_locked = is_locked where id = 'migration_lock'`.execute(
          trx,
        );
      });
    },
    close: () => db.destroy(),
  };
};
