import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import type { Clock } from '../ops/clock.js';
import type { Metrics } from '../ops/metrics.js';
import type { Storage } from '../storage/storage.js';
import type { Job } from './job.js';
import type { JobReservation } from './job-handoff.js';
import { createLeaseKeeper, LeaseLost } from './lease-keeper.js';
import type { MealProcessor } from './meal-processor.js';

export type WorkerPoolSettings = { concurrency: number; leaseMs: number; pollMs: number };

/**
 * A job leased to this pool: handed over by a request of this node, or claimed from storage. `stop`
 * ends its attempt: at shutdown, or when its lease is taken over.
 */
type Leased = {
  job: Job;
  meal: MealLogRecord | undefined;
  source: 'handoff' | 'claim';
  stop: AbortController;
};

const leaseOf = (job: Job) => ({ id: job.id, owner: job.leaseOwner ?? '' });

/** Jobs leased to the pool may wait this many times `concurrency` for a slot (their leases renewed meanwhile). */
const WAITING_PER_SLOT = 2;

/**
 * Every lease this pool takes has a token of its own (the pool's id and a counter), written as the
 * job's lease owner: whoever takes a job over, this pool included, writes a new one, so an attempt
 * holding an old token can neither renew its lease nor commit its outcome.
 *
 * Runs jobs, up to `concurrency` at once: jobs handed over by this node's requests (written already
 * leased to this pool, see job-handoff.ts), and jobs it claims with a lease from storage. Both kinds
 * wait in one local queue of a few places per slot, so a claim fills every free place at once: under
 * a backlog one claim serves several jobs instead of each finished job paying for a claim of one. It
 * claims when nothing is waiting, when woken (a job enqueued elsewhere) and at least every `pollMs`
 * however busy, so jobs from other nodes, retries that fall due and leases that expired (a worker
 * that died mid-job) are never starved by local work.
 *
 * A claim that found fewer jobs than it had room for emptied storage of due jobs: until a wake-up or
 * the poll says otherwise, a finished job only starts what waits, and asks storage nothing. Under a
 * steady load of handed-over jobs that spared one claim (two or three statements, in a transaction of
 * its own) per two or three meals, all of which found nothing.
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
  let leasesTaken = 0;
  const newLeaseToken = () => `${owner}/${++leasesTaken}`;
  const shutdown = new AbortController();
  const keeper = createLeaseKeeper({ storage, clock, log, metrics, leaseMs: settings.leaseMs });
  const running = new Map<string, { task: Promise<void>; stop: AbortController }>();
  /** A job this pool claimed again while its old attempt still ran: started once that one ends. */
  const claimedAgain = new Map<string, Leased>();
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;
  let claiming: Promise<void> | null = null;
  let wakeAgain = false;
  /** Leased to this pool and not started yet, with the meal as last read (none: it was gone). */
  const waiting: Leased[] = [];
  let reserved = 0;
  let lastClaimAt = Number.NEGATIVE_INFINITY;
  /** Storage may hold due jobs: cleared by a claim that found fewer than it asked for, set by a wake-up or the poll. */
  let mayHaveDueJobs = true;
  /** Counts wake-ups, so a claim under way when one came does not clear `mayHaveDueJobs` on stale news. */
  let wakeUps = 0;

  /** Leases up to `limit` jobs; each comes with its meal, which holds it (one statement per claim). */
  const claim = async (limit: number): Promise<Leased[]> => {
    const now = clock.now();
    const claimed = await storage.transaction((tx) =>
      tx.jobs.claim({
        owner: newLeaseToken(),
        now: new Date(now).toISOString(),
        leaseUntil: new Date(now + settings.leaseMs).toISOString(),
        limit,
      }),
    );
    // Admitted once committed: the transaction's work may run more than once (group commit).
    return claimed.map(({ job, meal }) => admit(job, meal, 'claim'));
  };

  /** Another worker has the job now: its attempt stops, or never starts, and writes nothing. */
  const onLeaseLost = (leased: Leased) => {
    leased.stop.abort(new LeaseLost(leased.job.id));
    const index = waiting.indexOf(leased);
    if (index >= 0) waiting.splice(index, 1);
    log.warn({ jobId: leased.job.id }, 'job lease taken over by another worker; abandoning the job');
  };

  /** A job leased to this pool: its lease is renewed from now until its attempt ends. */
  const admit = (job: Job, meal: MealLogRecord | undefined, source: Leased['source']): Leased => {
    const leased: Leased = { job, meal, source, stop: new AbortController() };
    keeper.hold(leaseOf(job), () => onLeaseLost(leased));
    return leased;
  };

  /** Gives a leased job back to storage, for any worker to claim at once (this pool is stopping). */
  const giveBack = (job: Job) => {
    keeper.release(leaseOf(job));
    return storage.repos.jobs
      .release(job.id, job.leaseOwner ?? '', clock.nowIso())
      .catch((error: unknown) => {
        log.warn(
          { err: error, jobId: job.id },
          'giving a job back failed; it runs again when its lease expires',
        );
      });
  };

  const run = (leased: Leased) => {
    const { job, meal, source, stop } = leased;
    const again = waiting.findIndex((entry) => entry.job.id === job.id);
    if (again >= 0) waiting.splice(again, 1);
    const current = running.get(job.id);
    if (current) {
      // Our own job, claimed again once its lease ran out (renewals failed for a whole lease): the
      // attempt running holds an old token and can commit nothing. It stops; the new lease runs next.
      metrics.leasesLost.inc({ noticed_by: 'claim' });
      current.stop.abort(new LeaseLost(job.id));
      claimedAgain.set(job.id, leased);
      return;
    }
    metrics.jobsStarted.inc({ source });
    const task = deps
      .process(job, stop.signal, meal)
      .catch(async (error) => {
        if (error instanceof LeaseLost || stop.signal.reason instanceof LeaseLost) return;
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
        keeper.release(leaseOf(job));
        running.delete(job.id);
        const next = claimedAgain.get(job.id);
        claimedAgain.delete(job.id);
        if (next && !stopping) waiting.unshift(next);
        else if (next) void giveBack(next.job);
        if (!stopping) fill();
      });
    running.set(job.id, { task, stop });
  };

  const places = settings.concurrency * (1 + WAITING_PER_SLOT);
  /** Places neither running, nor waiting, nor promised to a request whose transaction is under way. */
  const freePlaces = () => places - running.size - waiting.length - reserved - claimedAgain.size;

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
        const claimDue =
          mayHaveDueJobs && (waiting.length === 0 || clock.now() - lastClaimAt >= settings.pollMs);
        while (claimDue && !stopping && running.size < settings.concurrency) {
          lastClaimAt = clock.now();
          const wakeUpsBefore = wakeUps;
          // Every free place, and at least the free slots: a claim due by the clock still takes its
          // turn when handed-over jobs fill the places.
          const limit = Math.max(freePlaces(), settings.concurrency - running.size);
          const claimed = await claim(limit);
          if (claimed.length < limit && wakeUps === wakeUpsBefore) mayHaveDueJobs = false;
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
    if (!mayHaveDueJobs) return;
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
      if (wakeAgain && !stopping) fill();
    });
  };

  /** Storage may hold due jobs (enqueued elsewhere, or the poll's turn): claim them if there is room. */
  const wake = () => {
    wakeUps++;
    mayHaveDueJobs = true;
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
      owner: newLeaseToken(),
      leaseUntil: new Date(clock.now() + settings.leaseMs).toISOString(),
      start(job, meal) {
        if (!settle()) return;
        if (stopping) {
          void giveBack(job);
          return;
        }
        waiting.push(admit(job, meal, 'handoff'));
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
      keeper.start();
      wake();
    },
    /** Stops claiming; lets running jobs finish for `graceMs`, then aborts them and gives their leases back. */
    async stop(graceMs: number) {
      stopping = true;
      if (timer) clearInterval(timer);
      // A claim under way may lease one more job: wait for it, so that job is finished or released too.
      await claiming;
      await Promise.all(waiting.splice(0).map(({ job }) => giveBack(job)));
      const all = Promise.allSettled([...running.values()].map((attempt) => attempt.task));
      const graceOver = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([all, graceOver]);
      shutdown.abort();
      for (const attempt of running.values()) attempt.stop.abort(shutdown.signal.reason);
      await all;
      // Leases stay renewed until here: a job finishing in the grace period is not taken over.
      await keeper.stop();
    },
    get activeJobs() {
      return running.size;
    },
  };
};

export type WorkerPool = ReturnType<typeof createWorkerPool>;
