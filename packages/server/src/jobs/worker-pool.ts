import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import type { Clock } from '../ops/clock.js';
import type { Metrics } from '../ops/metrics.js';
import type { Storage } from '../storage/storage.js';
import type { Job } from './job.js';
import type { JobReservation } from './job-handoff.js';
import type { MealProcessor } from './meal-processor.js';

export type WorkerPoolSettings = { concurrency: number; leaseMs: number; pollMs: number };

/** A job leased to this pool: handed over by a request of this node, or claimed from storage. */
type Leased = { job: Job; meal: MealLogRecord | undefined; source: 'handoff' | 'claim' };

/** Jobs leased to the pool may wait this many times `concurrency` for a slot (their lease runs meanwhile). */
const WAITING_PER_SLOT = 2;

/**
 * Runs jobs, up to `concurrency` at once: jobs handed over by this node's requests (written already
 * leased to this pool, see job-handoff.ts), and jobs it claims with a lease from storage. Both kinds
 * wait in one local queue of a few places per slot, so a claim fills every free place at once: under
 * a backlog one claim serves several jobs instead of each finished job paying for a claim of one. It
 * claims when nothing is waiting, when woken (a job enqueued elsewhere) and at least every `pollMs`
 * however busy, so jobs from other nodes, retries that fall due and leases that expired (a worker
 * that died mid-job) are never starved by local work.
 */
export const createWorkerPool = (deps: {
  storage: Storage;
  process: MealProcessor;
  clock: Clock;
  log: FastifyBaseLogger;
  metrics: Metrics;
  settings: WorkerPoolSettings;
}) => {
  const { storage, clock, log, metrics, settings } = deps;
  const owner = `worker-${randomUUID()}`;
  const shutdown = new AbortController();
  // Every running job listens to it (see meal-processor.ts): more than Node's default of ten is expected.
  setMaxListeners(settings.concurrency + 10, shutdown.signal);
  const running = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;
  let claiming: Promise<void> | null = null;
  let wakeAgain = false;
  /** Leased to this pool and not started yet, with the meal as last read (none: it was gone). */
  const waiting: Leased[] = [];
  let reserved = 0;
  let lastClaimAt = Number.NEGATIVE_INFINITY;

  /** Leases up to `limit` jobs; each comes with its meal, which holds it (one statement per claim). */
  const claim = (limit: number): Promise<Leased[]> => {
    const now = clock.now();
    return storage.transaction(async (tx) => {
      const claimed = await tx.jobs.claim({
        owner,
        now: new Date(now).toISOString(),
        leaseUntil: new Date(now + settings.leaseMs).toISOString(),
        limit,
      });
      return claimed.map(({ job, meal }) => ({ job, meal, source: 'claim' as const }));
    });
  };

  /** Gives a leased job back to storage, for any worker to claim at once (this pool is stopping). */
  const giveBack = (job: Job) =>
    storage.repos.jobs.release(job.id, owner, clock.nowIso()).catch((error: unknown) => {
      log.warn(
        { err: error, jobId: job.id },
        'giving a job back failed; it runs again when its lease expires',
      );
    });

  const run = ({ job, meal, source }: Leased) => {
    // Our own job, claimed again once its lease ran out while it waited: run it once.
    if (running.has(job.id)) return;
    const again = waiting.findIndex((entry) => entry.job.id === job.id);
    if (again >= 0) waiting.splice(again, 1);
    metrics.jobsStarted.inc({ source });
    const task = deps
      .process(job, owner, shutdown.signal, meal)
      .catch(async (error) => {
        if (shutdown.signal.aborted) {
          await giveBack(job);
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

  const places = settings.concurrency * (1 + WAITING_PER_SLOT);
  /** Places neither running, nor waiting, nor promised to a request whose transaction is under way. */
  const freePlaces = () => places - running.size - waiting.length - reserved;

  const runWaiting = () => {
    while (!stopping && running.size < settings.concurrency) {
      const next = waiting.shift();
      if (!next) return;
      run(next);
    }
  };

  const claimWhileRoom = async () => {
    try {
      do {
        wakeAgain = false;
        const claimDue = waiting.length === 0 || clock.now() - lastClaimAt >= settings.pollMs;
        while (claimDue && !stopping && running.size < settings.concurrency) {
          lastClaimAt = clock.now();
          // Every free place, and at least the free slots: a claim due by the clock still takes its
          // turn when handed-over jobs fill the places.
          const claimed = await claim(Math.max(freePlaces(), settings.concurrency - running.size));
          if (claimed.length === 0) break;
          // Ahead of what waits: jobs queued in storage (other nodes', retries) are the older ones.
          waiting.unshift(...claimed);
          runWaiting();
        }
        runWaiting();
      } while (wakeAgain && !stopping);
    } catch (error) {
      log.error({ err: error }, 'claiming jobs failed; trying again at the next poll');
    }
  };

  const fill = () => {
    // What waits starts now, even while a claim is under way: a job handed over by a request must
    // not wait for someone else's query.
    runWaiting();
    if (claiming) {
      wakeAgain = true;
      return;
    }
    // Cleared in a callback, not inside claimWhileRoom: when there is no room that function finishes
    // before returning, and clearing there would be overwritten by this assignment.
    claiming = claimWhileRoom().finally(() => {
      claiming = null;
      // A wake that came after the loop's last look but before this callback would be lost: the
      // jobs it announced would wait for the next poll, or for another job to finish.
      if (wakeAgain) wake();
    });
  };

  const wake = () => {
    if (!stopping) fill();
  };

  const reserve = (): JobReservation | null => {
    if (stopping || timer === null || freePlaces() <= 0) return null;
    reserved++;
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      reserved--;
      return true;
    };
    return {
      owner,
      leaseUntil: new Date(clock.now() + settings.leaseMs).toISOString(),
      start(job, meal) {
        if (!settle()) return;
        if (stopping) {
          void giveBack(job);
          return;
        }
        waiting.push({ job, meal, source: 'handoff' });
        fill();
      },
      cancel() {
        settle();
      },
    };
  };

  return {
    owner,
    wake,
    reserve,
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
      await Promise.all(waiting.splice(0).map(({ job }) => giveBack(job)));
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
