import type { ConnectionHealth } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { fromServer, histogramDelta, quantile } from './histogram.js';
import { readMetricsPoint } from './metrics-point.js';

const LATENCY = {
  buckets: [
    { le: 0.001, count: 0 },
    { le: 0.01, count: 50 },
    { le: 0.1, count: 99 },
  ],
  count: 100,
  sum: 1.2,
};

describe('latency histograms from the server', () => {
  it('gain the +Inf bucket their count stands for', () => {
    expect(fromServer(LATENCY).buckets.at(-1)).toEqual({ le: Number.POSITIVE_INFINITY, count: 100 });
  });

  it('quantiles interpolate inside the bucket, like histogram_quantile', () => {
    const histogram = fromServer(LATENCY);
    expect(quantile(histogram, 0.5)).toBeCloseTo(0.01);
    expect(quantile(histogram, 0.25)).toBeCloseTo(0.001 + 0.009 * 0.5);
    expect(quantile(histogram, 0.995)).toBe(0.1);
  });

  it('a quantile over an interval uses only what was observed in it; nothing observed is no value', () => {
    const before = fromServer(LATENCY);
    const after = fromServer({
      buckets: [
        { le: 0.001, count: 0 },
        { le: 0.01, count: 50 },
        { le: 0.1, count: 109 },
      ],
      count: 110,
      sum: 1.7,
    });
    const interval = histogramDelta(before, after);
    expect(interval.count).toBe(10);
    expect(quantile(interval, 0.5)).toBeCloseTo(0.055);
    expect(quantile(histogramDelta(before, before), 0.5)).toBeNull();
  });
});

describe('a reading of the connection health route', () => {
  it("keeps the user's figures and the server's quantiles", () => {
    const health: ConnectionHealth = {
      you: {
        open_connections: { websocket: 1, sse: 0, long_poll: 0 },
        events_sent: { websocket: 4, sse: 0, long_poll: 2 },
        events_delivered: 4,
        delivery_latency: LATENCY,
        processing: { buckets: [{ le: 1, count: 2 }], count: 2, sum: 0.4 },
        processing_outcomes: { completed: 2, failed: 0, error: 0, retried: 1 },
      },
      server: {
        delivery_latency: { p50_seconds: 0.004, p99_seconds: 0.02 },
        processing: { p50_seconds: null, p99_seconds: null },
      },
    };
    const point = readMetricsPoint(health, 1000);
    expect(point.open.websocket).toBe(1);
    expect(point.sent.long_poll).toBe(2);
    expect(point.latency.count).toBe(100);
    expect(point.processing.buckets).toHaveLength(2);
    expect(point.outcomes.retried).toBe(1);
    expect(point.server).toEqual({
      latency: { p50: 0.004, p99: 0.02 },
      processing: { p50: null, p99: null },
    });
  });
});
