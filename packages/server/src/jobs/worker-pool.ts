import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';
import type { Job } from './job.js';
import type { MealProcessor } from './meal-processor.js';

export type WorkerPoolSettings = { concurrency: number; leaseMs: number; pollMs: number };

/**
 * Claims due jobs with a lease and runs them, up to `concurrency` at once. Woken at once when this
 * process enqueues a job, and every `pollMs` for jobs enqueued elsewhere, retries that fall due and
 * leases that expired (a worker that died mid-job).
 */
export const createWorkerPool = (deps: {
  storage: Storage;
  process: MealProcessor;
  clock: Clock;
  log: FastifyBaseLogger;
  settings: WorkerPoolSettings;
}) => {
  const { storage, clock, log, settings } = deps;
  const owner = `worker-${randomUUID()}`;
  const shutdown = new AbortController();
  const running = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;
  let claiming: Promise<void> | null = null;
  let wakeAgain = false;

  const claim = (limit: number): Promise<Job[]> => {
    const now = clock.now();
    return storage.transaction((tx) =>
      tx.jobs.claim({
        owner,
        now: new Date(now).toISOString(),
        leaseUntil: new Date(now + settings.leaseMs).toISOString(),
        limit,
      }),
    );
  };

  const run = (job: Job) => {
    const task = deps
      .process(job, owner, shutdown.signal)
      .catch(async (error) => {
        if (shutdown.signal.aborted) {
          await storage.repos.jobs.release(job.id, owner, clock.nowIso()).catch(() => {});
          return;
        }
        log.error(
          { err: error, jobId: job.id },
          'job failed unexpectedly; it runs again when its lease expires',
        );
      })
      .finally(() => {
        running.delete(job.id);
        wake();
      });
    running.set(job.id, task);
  };

  const claimWhileRoom = async () => {
    try {
      do {
        wakeAgain = false;
        while (!stopping && running.size < settings.concurrency) {
          const jobs = await claim(settings.concurrency - running.size);
          if (jobs.length === 0) break;
          for (const job of jobs) run(job);
        }
      } while (wakeAgain && !stopping);
    } catch (error) {
      log.error({ err: error }, 'claiming jobs failed; trying again at the next poll');
    }
  };

  const fill = () => {
    if (claiming) {
      wakeAgain = true;
      return;
    }
    // Cleared in a callback, not inside claimWhileRoom: when there is no room that function finishes
    // before returning, and clearing there would be overwritten by this assignment.
    claiming = claimWhileRoom().finally(() => {
      claiming = null;
    });
  };

  const wake = () => {
    if (!stopping) fill();
  };

  return {
    owner,
    wake,
    start() {
      timer = setInterval(wake, settings.pollMs);
      timer.unref();
      wake();
    },
    /** Stops claiming; lets running jobs finish for `graceMs`, then aborts them and gives their leases back. */
    async stop(graceMs: number) {
      stopping = true;
      if (timer) clearInterval(timer);
      // A claim under way may lease one more job: wait for it, so that job is finished or released too.
      await claiming;
      const all = Promise.allSettled([...running.values()]);
      const graceOver = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([all, graceOver]);
      shutdown.abort();
      await all;
    },
    get activeJobs() {
      return running.size;
    },
  };
};

export type WorkerPool = ReturnType<typeof createWorkerPool>;
