import type { Redis } from 'ioredis';

/**
 * Counters of failed logins and lockouts by key (`ip:…`, `account:…`). In memory a node counts on
 * its own; with Redis every node shares the counts, so a guesser gains nothing by spreading its
 * attempts over nodes. Every operation is atomic in its store, so concurrent attempts cannot all slip
 * through under the limit.
 */
export interface ThrottleStore {
  /** Milliseconds the key is still locked out; 0 when it is not. */
  lockRemainingMs(key: string): Promise<number>;
  /** Counts a failure (kept for `rememberMs` after the last one) and returns the count. */
  incrementFailures(key: string, rememberMs: number): Promise<number>;
  decrementFailures(key: string): Promise<void>;
  /** Locks the key for `ms` unless it already is; false when someone else holds the lock. */
  tryLock(key: string, ms: number): Promise<boolean>;
  clear(key: string): Promise<void>;
}

type Entry = { failures: number; forgetAt: number; lockedUntil: number };

/** Enough for a wide spray of guesses; past it the oldest keys are forgotten first. */
const MAX_KEYS = 100_000;

export const createMemoryThrottleStore = (now: () => number = Date.now): ThrottleStore => {
  const entries = new Map<string, Entry>();
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.forgetAt <= now() && entry.lockedUntil <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const entryFor = (key: string): Entry => {
    let entry = live(key);
    if (!entry) {
      if (entries.size >= MAX_KEYS) entries.delete(entries.keys().next().value as string);
      entry = { failures: 0, forgetAt: 0, lockedUntil: 0 };
      entries.set(key, entry);
    }
    return entry;
  };
  return {
    lockRemainingMs: async (key) => Math.max(0, (live(key)?.lockedUntil ?? 0) - now()),
    async incrementFailures(key, rememberMs) {
      const entry = entryFor(key);
      entry.failures += 1;
      entry.forgetAt = now() + rememberMs;
      return entry.failures;
    },
    async decrementFailures(key) {
      const entry = live(key);
      if (entry && entry.failures > 0) entry.failures -= 1;
    },
    async tryLock(key, ms) {
      const entry = entryFor(key);
      if (entry.lockedUntil > now()) return false;
      entry.lockedUntil = now() + ms;
      return true;
    },
    clear: async (key) => {
      entries.delete(key);
    },
  };
};

export const createRedisThrottleStore = (redis: Redis, prefix = 'fitiq-login-'): ThrottleStore => {
  const failures = (key: string) => `${prefix}failures:${key}`;
  const lock = (key: string) => `${prefix}lock:${key}`;
  return {
    lockRemainingMs: async (key) => Math.max(0, await redis.pttl(lock(key))),
    async incrementFailures(key, rememberMs) {
      const result = await redis.multi().incr(failures(key)).pexpire(failures(key), rememberMs).exec();
      const [error, count] = result?.[0] ?? [new Error('the transaction was discarded'), 0];
      if (error) throw error;
      return Number(count);
    },
    async decrementFailures(key) {
      await redis.decr(failures(key));
    },
    tryLock: async (key, ms) => (await redis.set(lock(key), '1', 'PX', ms, 'NX')) === 'OK',
    async clear(key) {
      await redis.del(failures(key), lock(key));
    },
  };
};
