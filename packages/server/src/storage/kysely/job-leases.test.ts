import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MealLogRecord } from '../../meals/meal-log-record.js';
import { DIALECTS, postgresAvailable } from '../../testing/storage-dialects.js';
import type { Storage } from '../storage.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

const iso = (ms: number) => new Date(ms).toISOString();

/** A user with one processing meal whose job waits in storage, due since the epoch. */
const queuedMeal = async (storage: Storage): Promise<string> => {
  const userId = randomUUID();
  const now = iso(Date.now());
  const meal: MealLogRecord = {
    id: randomUUID(),
    userId,
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
  };
  await storage.transaction(async (tx) => {
    await tx.users.insert({ id: userId, email: `${userId}@example.com`, passwordHash: 'x', createdAt: now });
    await tx.meals.insert(meal, {
      id: meal.id,
      mealLogId: meal.id,
      userId,
      status: 'queued',
      attempts: 0,
      runAt: iso(0),
      leaseOwner: null,
      leaseUntil: null,
      lastError: null,
    });
  });
  return meal.id;
};

describe.each(dialects)('job leases on $name', (dialect) => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, dispose } = await dialect.open());
  });
  afterAll(() => dispose?.());

  const claimAt = (owner: string, now: number, leaseMs: number) =>
    storage.transaction((tx) =>
      tx.jobs.claim({ owner, now: iso(now), leaseUntil: iso(now + leaseMs), limit: 1 }),
    );
  const renew = (leases: Array<{ id: string; owner: string }>, leaseUntil: number) =>
    storage.transaction((tx) => tx.jobs.renew({ leases, leaseUntil: iso(leaseUntil) }));

  it('a renewed lease is not claimed when its first term ends', async () => {
    const id = await queuedMeal(storage);
    const now = Date.now() + 10_000_000;
    await claimAt('w1/1', now, 100);
    expect(await renew([{ id, owner: 'w1/1' }], now + 1000)).toEqual([{ id, owner: 'w1/1' }]);
    expect(await claimAt('w2/1', now + 500, 100)).toEqual([]);
    await storage.repos.jobs.complete(id);
  });

  it('a lease taken over is not renewed, and its old holder cannot commit; the new holder can', async () => {
    const id = await queuedMeal(storage);
    const now = Date.now() + 20_000_000;
    await claimAt('w1/1', now, 100);
    const [taken] = await claimAt('w2/1', now + 200, 1000);
    expect(taken?.job).toMatchObject({ id, leaseOwner: 'w2/1', attempts: 2 });

    expect(await renew([{ id, owner: 'w1/1' }], now + 5000)).toEqual([]);
    const outcome = {
      status: 'completed' as const,
      items: [],
      totals: null,
      error: null,
      updatedAt: iso(now),
    };
    expect(await storage.transaction((tx) => tx.meals.finish(id, 'w1/1', 1, outcome))).toBeNull();
    expect(await storage.transaction((tx) => tx.meals.finish(id, 'w2/1', 1, outcome))).not.toBeNull();
  });

  it('one renewal serves many jobs and leaves out the ones that ended', async () => {
    const ids = [await queuedMeal(storage), await queuedMeal(storage), await queuedMeal(storage)];
    const now = Date.now() + 30_000_000;
    const claimed = await storage.transaction((tx) =>
      tx.jobs.claim({ owner: 'w1/7', now: iso(now), leaseUntil: iso(now + 100), limit: 10 }),
    );
    expect(claimed.map(({ job }) => job.id).sort()).toEqual([...ids].sort());
    await storage.repos.jobs.complete(ids[0] as string);

    const renewed = await renew(
      ids.map((id) => ({ id, owner: 'w1/7' })),
      now + 1000,
    );
    expect(renewed.map((lease) => lease.id).sort()).toEqual(ids.slice(1).sort());
    for (const id of ids.slice(1)) await storage.repos.jobs.complete(id);
  });
});
