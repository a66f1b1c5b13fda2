import { describe, expect, it } from 'vitest';
import { createUserFigures } from './user-figures.js';

const figures = (maxUsers?: number) =>
  createUserFigures({
    latencyBuckets: [0.01, 0.1, 1],
    processingBuckets: [1, 10],
    ...(maxUsers ? { maxUsers } : {}),
  });

describe('per-user figures', () => {
  it('keeps each user to their own counts, histograms cumulative like Prometheus', () => {
    const store = figures();
    store.opened('a', 'websocket');
    store.sent('a', 'websocket', 3);
    store.delivered('a', 0.05);
    store.delivered('a', 2);
    store.opened('b', 'sse');
    const a = store.of('a');
    expect(a.open).toEqual({ websocket: 1, sse: 0, long_poll: 0 });
    expect(a.sent.websocket).toBe(3);
    expect(a.latency).toEqual({
      buckets: [
        { le: 0.01, count: 0 },
        { le: 0.1, count: 1 },
        { le: 1, count: 1 },
      ],
      count: 2,
      sum: 2.05,
    });
    expect(store.of('b').open.sse).toBe(1);
    expect(store.of('nobody').delivered).toBe(0);
  });

  it('a closed connection is no longer open, and never below zero', () => {
    const store = figures();
    store.opened('a', 'long_poll');
    store.closed('a', 'long_poll');
    store.closed('a', 'long_poll');
    expect(store.of('a').open.long_poll).toBe(0);
  });

  it('beyond its size, forgets the users without an open connection, oldest first', () => {
    const store = figures(2);
    store.opened('connected', 'websocket');
    store.processed('idle', 'completed', 0.5);
    store.processed('newest', 'failed', 0.5);
    expect(store.of('idle').outcomes.completed).toBe(0);
    expect(store.of('connected').open.websocket).toBe(1);
    expect(store.of('newest').outcomes.failed).toBe(1);
  });

  it('hands out copies: changing one does not change what it keeps', () => {
    const store = figures();
    store.delivered('a', 0.05);
    const copy = store.of('a');
    (copy.latency.buckets[0] as { count: number }).count = 99;
    expect(store.of('a').latency.buckets[0]?.count).toBe(0);
  });
});
