import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import { systemClock } from '../ops/clock.js';
import { createMetrics } from '../ops/metrics.js';
import type { Storage } from '../storage/storage.js';
import type { Job } from './job.js';
import type { MealProcessor } from './meal-processor.js';
import { createWorkerPool } from './worker-pool.js';

/** Storage whose queue is empty: it counts the claims that asked it for jobs. */
const emptyQueue = () => {
  const counts = { claims: 0 };
  const repos = {
    jobs: {
      claim: async () => {
        counts.claims++;
        return [];
      },
      renew: async () => [],
      release: async () => {},
    },
  };
  const storage = {
    repos,
    transaction: (work: (tx: typeof repos) => Promise<unknown>) => work(repos),
  } as unknown as Storage;
  return { storage, counts };
};

const jobFor = (id: string, owner: string): Job => ({
  id,
  mealLogId: id,
  userId: 'user',
  status: 'running',
  attempts: 1,
  runAt: '2026-01-01T00:00:00.000Z',
  leaseOwner: owner,
  leaseUntil: '2026-01-01T00:00:15.000Z',
  lastError: null,
});

describe('worker pool claims', () => {
  it('with nothing queued, hand-overs run without asking storage again until a wake-up or the poll', async () => {
    const { storage, counts } = emptyQueue();
    const done: string[] = [];
    const process: MealProcessor = async (job) => {
      done.push(job.id);
    };
    const pool = createWorkerPool({
      storage,
      process,
      clock: systemClock,
      log: pino({ level: 'silent' }) as unknown as FastifyBaseLogger,
      metrics: createMetrics(),
      // A poll longer than the test: only the start and wake-ups may claim.
      settings: { concurrency: 2, leaseMs: 600_000, pollMs: 600_000 },
    });
    pool.start();
    await expect.poll(() => counts.claims).toBe(1);

    for (let i = 0; i < 10; i++) {
      const reservation = pool.reserve();
      if (!reservation) throw new Error('the pool refused a hand-over with room to spare');
      reservation.start(jobFor(`job-${i}`, reservation.owner), {} as MealLogRecord);
      await expect.poll(() => done.length).toBe(i + 1);
    }
    expect(counts.claims).toBe(1);

    // A job enqueued elsewhere rings: the pool asks storage again.
    pool.wake();
    await expect.poll(() => counts.claims).toBe(2);
    await pool.stop(0);
  });
});
