export type BackoffOptions = {
  /** Delay ceiling of the first retry, in ms. */
  baseMs: number;
  /** No delay ever exceeds this. */
  maxMs: number;
};

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 20_000 };

/**
 * Capped exponential backoff with full jitter: a uniform pick in [0, min(max, base * 2^attempt)].
 * Full jitter spreads a crowd of clients that lost the same server across the whole window, instead of
 * having them return in waves; see https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 * Pure but for `random`, which tests pass in.
 */
export const backoffDelay = (
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number => {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
};
