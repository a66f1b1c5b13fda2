import { describe, expect, it } from 'vitest';
import { histogramDelta, quantile, readHistogram } from './histogram.js';
import { byLabel, parsePrometheus, total } from './prometheus.js';

const TEXT = `# HELP fitiq_open_connections Open realtime connections by transport
# TYPE fitiq_open_connections gauge
fitiq_open_connections{transport="websocket"} 3
fitiq_open_connections{transport="sse"} 1
# TYPE fitiq_events_delivered_total counter
fitiq_events_delivered_total 42
fitiq_weird{path="a \\"quoted\\" value",x="y"} 1.5e3
# TYPE fitiq_delivery_latency_seconds histogram
fitiq_delivery_latency_seconds_bucket{le="0.001"} 0
fitiq_delivery_latency_seconds_bucket{le="0.01"} 50
fitiq_delivery_latency_seconds_bucket{le="0.1"} 99
fitiq_delivery_latency_seconds_bucket{le="+Inf"} 100
fitiq_delivery_latency_seconds_sum 1.2
fitiq_delivery_latency_seconds_count 100
`;

describe('reading /metrics', () => {
  const samples = parsePrometheus(TEXT);

  it('reads gauges and counters, with or without labels, escaped label values and exponents', () => {
    expect(byLabel(samples, 'fitiq_open_connections', 'transport')).toEqual({ websocket: 3, sse: 1 });
    expect(total(samples, 'fitiq_open_connections')).toBe(4);
    expect(total(samples, 'fitiq_events_delivered_total')).toBe(42);
    expect(samples.find((s) => s.name === 'fitiq_weird')).toEqual({
      name: 'fitiq_weird',
      labels: { path: 'a "quoted" value', x: 'y' },
      value: 1500,
    });
  });

  it('quantiles of a histogram interpolate inside the bucket, like histogram_quantile', () => {
    const histogram = readHistogram(samples, 'fitiq_delivery_latency_seconds');
    expect(histogram.count).toBe(100);
    expect(quantile(histogram, 0.5)).toBeCloseTo(0.01);
    expect(quantile(histogram, 0.25)).toBeCloseTo(0.001 + 0.009 * 0.5);
    expect(quantile(histogram, 0.995)).toBe(0.1);
  });

  it('a quantile over an interval uses only what was observed in it; nothing observed is no value', () => {
    const before = readHistogram(samples, 'fitiq_delivery_latency_seconds');
    const after = readHistogram(
      parsePrometheus(
        TEXT.replace('le="0.1"} 99', 'le="0.1"} 109')
          .replace('le="+Inf"} 100', 'le="+Inf"} 110')
          .replace('_count 100', '_count 110'),
      ),
      'fitiq_delivery_latency_seconds',
    );
    const interval = histogramDelta(before, after);
    expect(interval.count).toBe(10);
    expect(quantile(interval, 0.5)).toBeCloseTo(0.055);
    expect(quantile(histogramDelta(before, before), 0.5)).toBeNull();
  });
});
