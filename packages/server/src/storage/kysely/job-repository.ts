import { sql } from 'kysely';
import type { Job } from '../../jobs/job.js';
import type { JobRepository, StorageCapabilities } from '../storage.js';
import type { Executor } from './executor.js';
import { type MealLogRow, toMealLogRecord } from './meal-log-repository.js';

/** The job a meal's row holds (claimed rows always hold one). */
const toJob = (row: MealLogRow): Job => ({
  id: row.id,
  mealLogId: row.id,
  userId: row.user_id,
  status: row.job_status as Job['status'],
  attempts: Number(row.job_attempts),
  runAt: row.job_run_at ?? row.created_at,
  leaseOwner: row.job_lease_owner,
  leaseUntil: row.job_lease_until,
  lastError: row.job_last_error,
});

/** A meal's job, kept in the meal's row: leased, retried, released and counted here. */
export const createJobRepository = (db: Executor, capabilities: StorageCapabilities): JobRepository => ({
  async claim({ owner, now, leaseUntil, limit }) {
    // Two index range scans, each already in order, rather than one OR that sorts every due job on
    // every claim: with a backlog of thousands that sort was the most expensive query of the server.
    // The statuses are literals, not parameters: only then can SQLite use the partial indexes.
    const lockIfSupported = <Q extends { forUpdate(): { skipLocked(): Q } }>(query: Q): Q =>
      capabilities.skipLocked ? query.forUpdate().skipLocked() : query;
    const due = await lockIfSupported(
      db
        .selectFrom('meal_logs')
        .select('id')
        .where('job_status', '=', sql.lit('queued'))
        .where('job_run_at', '<=', now)
        .orderBy('job_run_at')
        .limit(limit),
    ).execute();
    const expired =
      due.length < limit
        ? await lockIfSupported(
            db
              .selectFrom('meal_logs')
              .select('id')
              .where('job_status', '=', sql.lit('running'))
              .where('job_lease_until', '<', now)
              .orderBy('job_lease_until')
              .limit(limit - due.length),
          ).execute()
        : [];
    const ids = [...due, ...expired].map((row) => row.id);
    if (ids.length === 0) return [];
    // The meals come back with their leases: a claim reads what the worker needs in the same statement.
    const rows = await db
      .updateTable('meal_logs')
      .set((eb) => ({
        job_status: 'running',
        job_lease_owner: owner,
        job_lease_until: leaseUntil,
        job_attempts: eb('job_attempts', '+', 1),
      }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
    return rows.map((row) => ({ job: toJob(row), meal: toMealLogRecord(row) }));
  },

  async complete(id) {
    await db
      .updateTable('meal_logs')
      .set({
        job_status: null,
        job_run_at: null,
        job_lease_owner: null,
        job_lease_until: null,
        job_last_error: null,
      })
      .where('id', '=', id)
      .execute();
  },

  async retryLater(id, owner, runAt, error) {
    await db
      .updateTable('meal_logs')
      .set({
        job_status: 'queued',
        job_run_at: runAt,
        job_lease_owner: null,
        job_lease_until: null,
        job_last_error: error,
      })
      .where('id', '=', id)
      .where('job_lease_owner', '=', owner)
      .execute();
  },

  async release(id, owner, now) {
    // Giving the attempt back: it did not run to an outcome, so it does not count against the retries.
    await db
      .updateTable('meal_logs')
      .set((eb) => ({
        job_status: 'queued',
        job_run_at: now,
        job_lease_owner: null,
        job_lease_until: null,
        job_attempts: eb('job_attempts', '-', 1),
      }))
      .where('id', '=', id)
      .where('job_lease_owner', '=', owner)
      .where('job_status', '=', 'running')
      .execute();
  },

  async renew({ leases, leaseUntil }) {
    if (leases.length === 0) return [];
    // A lease's owner is a token no other claim ever writes, so matching the token alone is the fence:
    // a job taken over (by another worker, or claimed again by this one) carries a new token. The ids
    // only let the database find the rows by their key.
    const rows = await db
      .updateTable('meal_logs')
      .set({ job_lease_until: leaseUntil })
      .where(
        'id',
        'in',
        leases.map((lease) => lease.id),
      )
      .where('job_status', '=', sql.lit('running'))
      .where('job_lease_owner', 'in', [...new Set(leases.map((lease) => lease.owner))])
      .returning(['id', 'job_lease_owner'])
      .execute();
    return rows.map((row) => ({ id: row.id, owner: row.job_lease_owner as string }));
  },

  async countPending() {
    // One count per partial index, each answered from the index alone.
    const count = async (status: 'queued' | 'running') => {
      const row = await db
        .selectFrom('meal_logs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('job_status', '=', sql.lit(status))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    };
    return (await count('queued')) + (await count('running'));
  },
});
