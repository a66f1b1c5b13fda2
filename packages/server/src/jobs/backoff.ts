/**
 * Capped exponential backoff with full jitter: a uniform delay in [0, min(cap, base * 2^attempt)).
 * Full jitter spreads retries of many failed jobs instead of having them return together; see
 * "Exponential Backoff And Jitter" (AWS Architecture Blog, 2015). `random` is injectable for tests.
 */
export const backoffDelay = (
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number => Math.floor(random() * Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1)));
