import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Work<R> = (tx: R) => Promise<unknown>;
type Pending<R> = {
  work: Work<R>;
  onCommitted: ((value: unknown) => void) | undefined;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const MAX_BATCH = 128;

/**
 * How long a batch's transactions may run before it commits; the ones still waiting go in the next.
 * A transaction's events are stamped while it runs and announced after the COMMIT, so the first of a
 * batch waits for all the others. After a pause of the event loop (a GC, a core taken by another
 * process) over a hundred requests queued at once, and a batch of 128 took 50 to 230 ms on a busy
 * 2-core machine: that batch was the p99 of commit-to-receipt. Cut at 1 ms, a batch at 1,000 meals/s
 * still shares its COMMIT among 4 to 12 transactions; the price is more COMMITs under a backlog
 * (about three times as many in the full pipeline, each cheaper, about 1.5 to 2 times the time).
 */
export const MAX_BATCH_MS = 1;

export type WriteBatcherOptions = {
  maxBatchMs?: number;
  /** Milliseconds on a monotonic clock (tests turn it by hand). */
  now?: () => number;
};

/**
 * Group commit for a single-writer database. Write transactions that arrive while one is running
 * wait, then run together inside one BEGIN…COMMIT: each still commits or rolls back as a unit (see
 * `optimistic` and `isolated`) and sees the others' writes in order, but the batch pays for one commit.
 * On SQLite the commit (writing the WAL frames of every page touched) costs more than the
 * statements, so under load this multiplies write throughput; alone, a transaction runs at once.
 * A batch is cut short once its work took `maxBatchMs`, so the time from a transaction's work to its
 * commit stays short however many wait. Callers hear back only after the COMMIT, so "answered" still
 * means "durable".
 */
export const createWriteBatcher = <R>(
  db: Kysely<Database>,
  reposFor: (trx: Transaction<Database>) => R,
  { maxBatchMs = MAX_BATCH_MS, now = () => performance.now() }: WriteBatcherOptions = {},
) => {
  const queue: Pending<R>[] = [];
  let draining = false;

  // SQLite may already have rolled the transaction back (SQLITE_FULL, BUSY, IOERR): the error that
  // matters is the one the work saw, not "no transaction is active".
  const rollbackQuietly = (trx: ControlledTransaction<Database>) =>
    trx
      .rollback()
      .execute()
      .catch(() => {});

  const settle = async (work: Work<R>, repos: R): Promise<Outcome> => {
    try {
      return { ok: true, value: await work(repos) };
    } catch (error) {
      return { ok: false, error };
    }
  };

  /** Every transaction in its own savepoint: one that fails rolls back alone. */
  const isolated = async (trx: ControlledTransaction<Database>, batch: Pending<R>[]): Promise<Outcome[]> => {
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

  /** The transactions of `batch` after the first `count` wait for the next batch, in their order. */
  const putBack = (batch: Pending<R>[], count: number) => {
    queue.unshift(...batch.splice(count));
  };

  /**
   * The batch without savepoints (two statements fewer per transaction, a quarter of a meal's
   * statements), as far as the time budget goes; what it leaves is put back in the queue, so `batch`
   * then holds what ran. Transactions rarely fail. When the first does, it rolls back alone; when a
   * later one does, what ran rolls back and runs again isolated (null then): so a transaction's work
   * may run twice, which is why it must only touch storage.
   */
  const optimistic = async (batch: Pending<R>[]): Promise<Outcome[] | null> => {
    const trx = await db.startTransaction().execute();
    const repos = reposFor(trx);
    const outcomes: Outcome[] = [];
    const started = now();
    for (const pending of batch) {
      const outcome = await settle(pending.work, repos);
      if (!outcome.ok) {
        putBack(batch, outcomes.length + 1);
        await rollbackQuietly(trx);
        return outcomes.length === 0 ? [outcome] : null;
      }
      outcomes.push(outcome);
      if (now() - started >= maxBatchMs) break;
    }
    putBack(batch, outcomes.length);
    await trx.commit().execute();
    return outcomes;
  };

  /** Runs the batch, or the part of it the time budget allows: one outcome per transaction run. */
  const runBatch = async (batch: Pending<R>[]): Promise<Outcome[]> => {
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

  const announce = (pending: Pending<R>, value: unknown): Outcome => {
    try {
      pending.onCommitted?.(value);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error };
    }
  };

  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        // Afterwards `batch` holds only what ran: the time budget puts the rest back in the queue.
        const outcomes = await runBatch(batch);
        // Every transaction's commit is announced before any caller resumes: a caller may go on to
        // hold the event loop (a handed-over job starts parsing), and the events of the others in the
        // batch would wait for it.
        batch.forEach((pending, i) => {
          const outcome = outcomes[i] as Outcome;
          if (outcome.ok) outcomes[i] = announce(pending, outcome.value);
        });
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

  return <T>(work: (tx: R) => Promise<T>, onCommitted?: (result: T) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({
        work,
        onCommitted: onCommitted as ((value: unknown) => void) | undefined,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      // Start after the current I/O phase: every request parsed in this turn of the event loop joins
      // the batch. The statements themselves never wait on I/O, so without this each batch holds one.
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
};
