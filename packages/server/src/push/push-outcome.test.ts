import { describe, expect, it } from 'vitest';
import { nextAttemptDelay, outcomeOfStatus, retryAfterMs } from './push-outcome.js';

describe("a push service's answer", () => {
  it.each([
    [201, 'sent'],
    [202, 'sent'],
    [404, 'gone'],
    [410, 'gone'],
    [429, 'temporary'],
    [500, 'temporary'],
    [503, 'temporary'],
    [400, 'rejected'],
    [403, 'rejected'],
    [413, 'rejected'],
    [301, 'rejected'],
  ])('%i is %s', (status, kind) => {
    expect(outcomeOfStatus(status, null).kind).toBe(kind);
  });

  it('Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});

describe('retries of a temporary failure', () => {
  const settings = { maxAttempts: 3, retryBaseMs: 1000, retryMaxMs: 10_000 };

  it('back off with full jitter, capped, and stop after maxAttempts', () => {
    expect(nextAttemptDelay(1, null, settings, () => 0.5)).toBe(500);
    expect(nextAttemptDelay(2, null, settings, () => 0.999)).toBe(1998);
    expect(nextAttemptDelay(3, null, settings, () => 0.5)).toBeNull();
  });

  it('wait at least what Retry-After asks, and never past the cap', () => {
    expect(nextAttemptDelay(1, 5000, settings, () => 0)).toBe(5000);
    expect(nextAttemptDelay(1, 3_600_000, settings, () => 0)).toBe(10_000);
  });
});
