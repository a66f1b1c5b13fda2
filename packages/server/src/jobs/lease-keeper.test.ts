import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { renewEveryMs } from './lease-keeper.js';

describe('job leases', () => {
  it('last at most 15 s by default', () => {
    expect(loadConfig({}).jobs.leaseMs).toBeLessThanOrEqual(15_000);
  });

  it('are renewed every third of their length', () => {
    expect(renewEveryMs(15_000)).toBe(5000);
    expect(renewEveryMs(1000)).toBe(333);
    expect(renewEveryMs(100)).toBe(33);
  });
});
