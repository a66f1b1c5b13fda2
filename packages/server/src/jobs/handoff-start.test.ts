import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import { systemClock } from '../ops/clock.js';
import { createMetrics } from '../ops/metrics.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Job } from './job.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

const now = new Date().toISOString();

const meal = (id: string): MealLogRecord => ({
  id,
  userId: 'u',
  status: 'processing',
  rawInput: 'toast',
  mealType: null,
  loggedAt: now,
  createdAt: now,
  updatedAt: now,
  version: 1,
  items: [],
  totals: null,
  error: null,
});

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.stop(0);
  pool = null;
});

describe('a job handed over by a request', () => {
  it('starts on a later turn of the event loop: the parse never runs inside the continuation of the request', async () => {
    const storage = createSqliteStorage(':memory:');
    await storage.migrate();
    const order: string[] = [];
    let started = () => {};
    const processed = new Promise<void>((resolve) => {
      started = resolve;
    });
    pool = createWorkerPool({
      storage,
      process: async (job) => {
        order.push(`parse ${job.id}`);
        started();
      },
      clock: systemClock,
      log: pino({ level: 'silent' }),
      metrics: createMetrics(),
      settings: { concurrency: 2, leaseMs: 15_000, pollMs: 600_000 },
    });
    pool.start();

    const reservation = pool.reserve();
    if (!reservation) throw new Error('the pool had no room');
    const job: Job = {
      id: 'm1',
      mealLogId: 'm1',
      userId: 'u',
      status: 'running',
      attempts: 1,
      runAt: now,
      leaseOwner: reservation.owner,
      leaseUntil: reservation.leaseUntil,
      lastError: null,
    };
    reservation.start(job, meal('m1'));
    // What the request goes on to do in the same continuation (other transactions of its batch are
    // announced, the answer is written) comes first.
    order.push('request goes on');
    await processed;
    expect(order).toEqual(['request goes on', 'parse m1']);
  });
});
