import type { MealLogRecord } from '../meals/meal-log-record.js';
import type { Job } from './job.js';
import type { JobReservation } from './job-handoff.js';

/**
 * The job that processes a meal's text, written with the meal: leased to this node's pool already
 * (its first attempt) when it had room, else queued for whichever worker claims it. A text edited
 * later is processed by a new job with its attempts counted from zero.
 */
export const newJob = (meal: MealLogRecord, now: string, reservation: JobReservation | null): Job => ({
  id: meal.id,
  mealLogId: meal.id,
  userId: meal.userId,
  runAt: now,
  lastError: null,
  ...(reservation
    ? { status: 'running', attempts: 1, leaseOwner: reservation.owner, leaseUntil: reservation.leaseUntil }
    : { status: 'queued', attempts: 0, leaseOwner: null, leaseUntil: null }),
});
