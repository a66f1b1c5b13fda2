import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { REDIS_URL, redisAvailable } from '../testing/services.js';
import { createMemoryThrottleStore, createRedisThrottleStore, type ThrottleStore } from './throttle-store.js';

const redisRuns = await redisAvailable('the Redis login-throttle store tests');
const redis = redisRuns ? new Redis(REDIS_URL) : null;
afterAll(() => redis?.disconnect());

/** Each test gets keys of its own, so runs against a shared Redis never see each other's counts. */
const fresh = () => `test:${randomUUID()}`;

const STORES: Array<[string, () => ThrottleStore, boolean]> = [
  ['memory', () => createMemoryThrottleStore(), true],
  ['redis', () => createRedisThrottleStore(redis as Redis, `fitiq-test-${randomUUID()}-`), redisRuns],
];

describe.each(STORES)('the %s login-throttle store', (_name, create, runs) => {
  it.runIf(runs)('counts failures per key, and forgets them on clear', async () => {
    const store = create();
    const [key, other] = [fresh(), fresh()];
    expect(await store.incrementFailures(key, 60_000)).toBe(1);
    expect(await store.incrementFailures(key, 60_000)).toBe(2);
    expect(await store.incrementFailures(other, 60_000)).toBe(1);
    await store.decrementFailures(key);
    expect(await store.incrementFailures(key, 60_000)).toBe(2);
    await store.clear(key);
    expect(await store.incrementFailures(key, 60_000)).toBe(1);
  });

  it.runIf(runs)('counts concurrent failures exactly (no lost update)', async () => {
    const store = create();
    const key = fresh();
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.incrementFailures(key, 60_000)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.runIf(runs)('a lock is taken once until it lapses or is cleared, and reports what remains', async () => {
    const store = create();
    const key = fresh();
    expect(await store.lockRemainingMs(key)).toBe(0);
    const attempts = await Promise.all([store.tryLock(key, 60_000), store.tryLock(key, 60_000)]);
    expect(attempts.filter(Boolean)).toHaveLength(1);
    const remaining = await store.lockRemainingMs(key);
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(60_000);
    await store.clear(key);
    expect(await store.lockRemainingMs(key)).toBe(0);
    expect(await store.tryLock(key, 60_000)).toBe(true);
  });
});
