import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { Repositories } from '../storage.js';

type Work = (tx: Repositories) => Promise<unknown>;
type Pending = { work: Work; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const MAX_BATCH = 128;

/**
 * Group commit for a single-writer database. Write transactions that arrive while one is running
 * wait, then run together inside one BEGIN…COMMIT: each still commits or rolls back as a unit (see
 * `optimistic` and `isolated`) and sees the others' writes in order, but the batch pays for one commit.
 * On SQLite the commit (writing the WAL frames of every page touched) costs more than the
 * statements, so under load this multiplies write throughput; alone, a transaction runs at once.
 * Callers hear back only after the COMMIT, so "answered" still means "durable".
 */
export const createWriteBatcher = (
  db: Kysely<Database>,
  reposFor: (trx: Transaction<Database>) => Repositories,
) => {
  const queue: Pending[] = [];
  let draining = false;

  // SQLite may already have rolled the transaction back (SQLITE_FULL, BUSY, IOERR): the error that
  // matters is the one the work saw, not "no transaction is active".
  const rollbackQuietly = (trx: ControlledTransaction<Database>) =>
    trx
      .rollback()
      .execute()
      .catch(() => {});

  const settle = async (work: Work, repos: Repositories): Promise<Outcome> => {
    try {
      return { ok: true, value: await work(repos) };
    } catch (error) {
      return { ok: false, error };
    }
  };

  /** Every transaction in its own savepoint: one that fails rolls back alone. */
  const isolated = async (trx: ControlledTransaction<Database>, batch: Pending[]): Promise<Outcome[]> => {
    const repos = reposFor(trx);
    const outcomes: Outcome[] = [];
    for (const [index, pending] of batch.entries()) {
      const name = `w${index}`;
      const savepoint = await trx.savepoint(name).execute();
      const outcome = await settle(pending.work, repos);
      if (outcome.ok) await savepoint.releaseSavepoint(name).execute();
      else {
        const { error } = outcome;
        // On SQLITE_FULL, BUSY or IOERR SQLite may have rolled the whole transaction back itself;
        // then the savepoint is gone, and the batch fails with the cause rather than "no such savepoint".
        await savepoint
          .rollbackToSavepoint(name)
          .execute()
          .catch(() => {
            throw error;
          });
      }
      outcomes.push(outcome);
    }
    return outcomes;
  };

  /**
   * The whole batch without savepoints (two statements fewer per transaction, a quarter of a
   * meal's statements). Transactions rarely fail, and when one does the batch rolls back and runs
   * again isolated: so a transaction's work may run twice, which is why it must only touch storage.
   */
  const optimistic = async (batch: Pending[]): Promise<Outcome[] | null> => {
    const trx = await db.startTransaction().execute();
    const repos = reposFor(trx);
    const outcomes: Outcome[] = [];
    for (const pending of batch) {
      const outcome = await settle(pending.work, repos);
      if (!outcome.ok && batch.length > 1) {
        await rollbackQuietly(trx);
        return null;
      }
      outcomes.push(outcome);
    }
    if (outcomes[0]?.ok === false) {
      await rollbackQuietly(trx);
      return outcomes;
    }
    await trx.commit().execute();
    return outcomes;
  };

  const runBatch = async (batch: Pending[]): Promise<Outcome[]> => {
    const outcomes = await optimistic(batch);
    if (outcomes) return outcomes;
    const trx = await db.startTransaction().execute();
    try {
      const isolatedOutcomes = await isolated(trx, batch);
      await trx.commit().execute();
      return isolatedOutcomes;
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      throw error;
    }
  };

  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await runBatch(batch);
        batch.forEach((pending, i) => {
          const outcome = outcomes[i] as Outcome;
          if (outcome.ok) pending.resolve(outcome.value);
          else pending.reject(outcome.error);
        });
      } catch (error) {
        // The batch failed as a whole (a single transaction's own error, or the commit itself).
        for (const pending of batch) pending.reject(error);
      }
    }
    draining = false;
  };

  return <T>(work: (tx: Repositories) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // Start after the current I/O phase: every request parsed in this turn of the event loop joins
      // the batch. The statements themselves never wait on I/O, so without this each batch holds one.
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
};
