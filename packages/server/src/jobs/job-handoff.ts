import type { MealLogRecord } from '../meals/meal-log-record.js';
import type { Job } from './job.js';

/**
 * A place taken in this node's worker pool before a job is written. The job is then written already
 * leased to the pool (status `running`, this owner, this lease), in the same transaction as its meal,
 * and handed over in memory after the commit: no claim query, no second read of the meal. Should
 * this process die first, the lease simply expires and any worker claims the job, as after a crash
 * mid-job.
 */
export type JobReservation = {
  /** The lease's own token (see worker-pool.ts): the job's lease owner, which its commit checks. */
  readonly owner: string;
  readonly leaseUntil: string;
  /** The job and its meal are committed: run it. */
  start(job: Job, meal: MealLogRecord): void;
  /** The transaction did not commit (or wrote nothing): the place is free again. */
  cancel(): void;
};

export type JobHandoff = {
  /** A place for one job, or null when the pool is full or stopping (the job is queued in storage). */
  reserve(): JobReservation | null;
};
