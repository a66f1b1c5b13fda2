import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay (capped exponential, full jitter)', () => {
  it('grows as base * 2^(attempt-1) at the top of the jitter range', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, 100, 10_000, top))).toEqual([99, 199, 399, 799]);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(30, 100, 5000, () => 0.999999)).toBeLessThan(5000);
  });

  it('is spread over the whole range, down to zero', () => {
    expect(backoffDelay(5, 100, 10_000, () => 0)).toBe(0);
    expect(backoffDelay(5, 100, 10_000, () => 0.5)).toBe(800);
  });
});
