import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../ops/clock.js';
import { createMetrics } from '../ops/metrics.js';
import type { HeldLease, Storage } from '../storage/storage.js';
import { createLeaseKeeper } from './lease-keeper.js';

/** Storage whose renewals find none of the leases (their rows finished or were taken over). */
const renewingNothing = (afterCommit: () => void) => {
  const counts = { renewals: 0 };
  const repos = {
    jobs: {
      renew: async (): Promise<HeldLease[]> => {
        counts.renewals++;
        return [];
      },
    },
  };
  const storage = {
    repos,
    // Like the group commit: an attempt whose outcome committed in the same batch resumes a few
    // promise hops after the renewal does (its caller's chain is longer), in the same turn.
    transaction: async (work: (tx: typeof repos) => Promise<unknown>) => {
      const result = await work(repos);
      void (async () => {
        for (let hop = 0; hop < 5; hop++) await null;
        afterCommit();
      })();
      return result;
    },
  } as unknown as Storage;
  return { storage, counts };
};

const keeperOn = (storage: Storage) =>
  createLeaseKeeper({
    storage,
    clock: systemClock,
    log: pino({ level: 'silent' }) as unknown as FastifyBaseLogger,
    metrics: createMetrics(),
    // Renewed every 10 ms.
    leaseMs: 30,
  });

describe('lease keeper', () => {
  it('a job whose outcome committed with the renewal ends its lease: it is not reported lost', async () => {
    const lease = { id: 'job-1', owner: 'worker/1' };
    const lost: string[] = [];
    const { storage, counts } = renewingNothing(() => keeper.release(lease));
    const keeper = keeperOn(storage);
    keeper.hold(lease, () => lost.push(lease.id));
    keeper.start();
    await expect.poll(() => counts.renewals).toBeGreaterThanOrEqual(1);
    await keeper.stop();
    expect(lost).toEqual([]);
  });

  it('a lease the renewal no longer finds, and nobody released, is reported lost once', async () => {
    const lease = { id: 'job-2', owner: 'worker/2' };
    const lost: string[] = [];
    const { storage } = renewingNothing(() => {});
    const keeper = keeperOn(storage);
    keeper.hold(lease, () => lost.push(lease.id));
    keeper.start();
    await expect.poll(() => lost).toEqual(['job-2']);
    await keeper.stop();
    expect(lost).toEqual(['job-2']);
  });
});
