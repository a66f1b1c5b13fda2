import { type Kysely, sql } from 'kysely';
import type { Job } from '../../jobs/job.js';
import type { Database, JobsTable } from '../schema.js';
import type { JobRepository, StorageCapabilities } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

const toJob = (row: JobsTable): Job => ({
  id: row.id,
  mealLogId: row.meal_log_id,
  userId: row.user_id,
  status: row.status as Job['status'],
  attempts: Number(row.attempts),
  runAt: row.run_at,
  leaseOwner: row.lease_owner,
  leaseUntil: row.lease_until,
  lastError: row.last_error,
});

/** A meal's job is written with the meal and deleted with its outcome: both run for every meal. */
export const prepareJobStatements = (db: Kysely<Database>) => ({
  insert: prepareStatement<JobsTable>((slot) =>
    db.insertInto('jobs').values({
      id: slot('id'),
      meal_log_id: slot('meal_log_id'),
      user_id: slot('user_id'),
      status: slot('status'),
      attempts: slot('attempts'),
      run_at: slot('run_at'),
      lease_owner: slot('lease_owner'),
      lease_until: slot('lease_until'),
      last_error: slot('last_error'),
      created_at: slot('created_at'),
      updated_at: slot('updated_at'),
    }),
  ),
  deleteLeased: prepareStatement<{ id: string; lease_owner: string }>((slot) =>
    db
      .deleteFrom('jobs')
      .where('id', '=', slot('id'))
      .where('lease_owner', '=', slot('lease_owner'))
      .where('status', '=', 'running'),
  ),
});

export type JobStatements = ReturnType<typeof prepareJobStatements>;

export const createJobRepository = (
  db: Executor,
  capabilities: StorageCapabilities,
  statements: JobStatements,
): JobRepository => ({
  async enqueue(job) {
    await statements.insert(db, {
      id: job.id,
      meal_log_id: job.mealLogId,
      user_id: job.userId,
      status: job.status,
      attempts: job.attempts,
      run_at: job.runAt,
      lease_owner: job.leaseOwner,
      lease_until: job.leaseUntil,
      last_error: job.lastError,
      created_at: job.runAt,
      updated_at: job.runAt,
    });
  },

  async claim({ owner, now, leaseUntil, limit }) {
    // Two index range scans, each already in order, rather than one OR that sorts every due job on
    // every claim: with a backlog of thousands that sort was the most expensive query of the server.
    // The statuses are literals, not parameters: only then can SQLite use the partial indexes.
    const lockIfSupported = <Q extends { forUpdate(): { skipLocked(): Q } }>(query: Q): Q =>
      capabilities.skipLocked ? query.forUpdate().skipLocked() : query;
    const due = await lockIfSupported(
      db
        .selectFrom('jobs')
        .select('id')
        .where('status', '=', sql.lit('queued'))
        .where('run_at', '<=', now)
        .orderBy('run_at')
        .limit(limit),
    ).execute();
    const expired =
      due.length < limit
        ? await lockIfSupported(
            db
              .selectFrom('jobs')
              .select('id')
              .where('status', '=', sql.lit('running'))
              .where('lease_until', '<', now)
              .orderBy('lease_until')
              .limit(limit - due.length),
          ).execute()
        : [];
    const ids = [...due, ...expired].map((row) => row.id);
    if (ids.length === 0) return [];
    const rows = await db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        lease_owner: owner,
        lease_until: leaseUntil,
        attempts: eb('attempts', '+', 1),
        updated_at: now,
      }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
    return rows.map(toJob);
  },

  async completeLeased(id, owner) {
    const { numAffectedRows } = await statements.deleteLeased(db, { id, lease_owner: owner });
    return Number(numAffectedRows ?? 0) > 0;
  },

  async complete(id) {
    // The meal holds the outcome; a finished job has nothing left to say.
    await db.deleteFrom('jobs').where('id', '=', id).execute();
  },

  async retryLater(id, owner, runAt, error, now) {
    await db
      .updateTable('jobs')
      .set({
        status: 'queued',
        run_at: runAt,
        lease_owner: null,
        lease_until: null,
        last_error: error,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .execute();
  },

  async release(id, owner, now) {
    // Giving the attempt back: it did not run to an outcome, so it does not count against the retries.
    await db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'queued',
        run_at: now,
        lease_owner: null,
        lease_until: null,
        attempts: eb('attempts', '-', 1),
        updated_at: now,
      }))
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'running')
      .execute();
  },

  async deleteForMeal(mealLogId) {
    await db.deleteFrom('jobs').where('meal_log_id', '=', mealLogId).execute();
  },

  async countPending() {
    const row = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
});
