import { setTimeout as sleep } from 'node:timers/promises';

/**
 * `pipeline`: a job is a meal to process; its `meal_log.completed` is the measured event.
 * `push`: a job is one event pushed to the user's room (FitIQ: `meal_log.created`, committed by the
 * real POST handler with the worker stopped); measures the push layer alone.
 */
export type JobMode = 'pipeline' | 'push';
export type JobRun = { rate: number; seconds: number; users: number; firstJob: number; mode: JobMode };
export type JobRunResult = { submitted: number; failed: number; seconds: number; lastJob: number };

/** Jobs not yet enqueued at once: past this the source waits, so overload shows as a lower rate, not as memory. */
const MAX_IN_FLIGHT = 2000;

/**
 * The job pipeline's source, the same code on both servers: `rate` jobs per second for `seconds`,
 * job i going to user i % users. `submit` enqueues one job (the AI step then runs on its own).
 */
export const runJobs = async (
  { rate, seconds, users, firstJob }: JobRun,
  submit: (job: number, user: number) => Promise<void>,
): Promise<JobRunResult> => {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  let sent = 0;
  let inFlight = 0;
  let failed = 0;
  const pending = new Set<Promise<void>>();
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    while (sent < due && inFlight < MAX_IN_FLIGHT) {
      const job = firstJob + sent++;
      inFlight++;
      const task: Promise<void> = submit(job, job % users)
        .catch(() => {
          failed++;
        })
        .finally(() => {
          inFlight--;
          pending.delete(task);
        });
      pending.add(task);
    }
    await sleep(2);
  }
  await Promise.all(pending);
  return {
    submitted: total,
    failed,
    seconds: (performance.now() - started) / 1000,
    lastJob: firstJob + total - 1,
  };
};
