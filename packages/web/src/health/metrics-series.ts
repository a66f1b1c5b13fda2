import { histogramDelta, quantile } from './histogram.js';
import { type MetricsPoint, SERVER_TRANSPORTS, type ServerTransport } from './metrics-point.js';

/** Per-interval values between consecutive readings, ready to draw. */
export type MetricsSeries = {
  times: number[];
  open: Record<ServerTransport, number[]>;
  deliveredPerSecond: number[];
  latencyP50Ms: Array<number | null>;
  latencyP99Ms: Array<number | null>;
  processingP50Ms: Array<number | null>;
  processingP99Ms: Array<number | null>;
};

const ms = (seconds: number | null) => (seconds === null ? null : seconds * 1000);

/** Counters only grow; a smaller reading means the server restarted, so the interval counts from zero. */
const increase = (before: number, after: number) => (after >= before ? after - before : after);

export const metricsSeries = (points: readonly MetricsPoint[]): MetricsSeries => {
  const series: MetricsSeries = {
    times: [],
    open: { websocket: [], sse: [], long_poll: [] },
    deliveredPerSecond: [],
    latencyP50Ms: [],
    latencyP99Ms: [],
    processingP50Ms: [],
    processingP99Ms: [],
  };
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1] as MetricsPoint;
    const after = points[i] as MetricsPoint;
    const seconds = Math.max(0.001, (after.at - before.at) / 1000);
    const latency = histogramDelta(before.latency, after.latency);
    const processing = histogramDelta(before.processing, after.processing);
    series.times.push(after.at);
    for (const transport of SERVER_TRANSPORTS) series.open[transport].push(after.open[transport]);
    series.deliveredPerSecond.push(increase(before.delivered, after.delivered) / seconds);
    series.latencyP50Ms.push(ms(quantile(latency, 0.5)));
    series.latencyP99Ms.push(ms(quantile(latency, 0.99)));
    series.processingP50Ms.push(ms(quantile(processing, 0.5)));
    series.processingP99Ms.push(ms(quantile(processing, 0.99)));
  }
  return series;
};
