import type { Transport } from './metrics.js';

/** Cumulative counts per finite upper bound (seconds), like a Prometheus histogram without +Inf. */
export type HistogramFigures = {
  buckets: Array<{ le: number; count: number }>;
  count: number;
  sum: number;
};

export type ProcessingOutcome = 'completed' | 'failed' | 'error' | 'retried';

type PerTransport = Record<Transport, number>;

type Figures = {
  open: PerTransport;
  sent: PerTransport;
  delivered: number;
  latency: HistogramFigures;
  processing: HistogramFigures;
  outcomes: Record<ProcessingOutcome, number>;
};

export type UserFigures = Readonly<Figures>;

const perTransport = (): PerTransport => ({ websocket: 0, sse: 0, long_poll: 0 });
const emptyHistogram = (bounds: readonly number[]): HistogramFigures => ({
  buckets: bounds.map((le) => ({ le, count: 0 })),
  count: 0,
  sum: 0,
});

const observe = (histogram: HistogramFigures, value: number) => {
  histogram.count++;
  histogram.sum += value;
  for (const bucket of histogram.buckets) if (value <= bucket.le) bucket.count++;
};

const copy = (h: HistogramFigures): HistogramFigures => ({ ...h, buckets: h.buckets.map((b) => ({ ...b })) });

/**
 * The figures the metrics hold for the whole node, kept per user as well, so that a user's health
 * page shows their own connections and deliveries and nobody else's. In memory, on the node that
 * saw them, since it started. Users with no open connection are forgotten oldest first beyond
 * `maxUsers`, which bounds the memory whatever the number of accounts.
 */
export const createUserFigures = (options: {
  latencyBuckets: readonly number[];
  processingBuckets: readonly number[];
  maxUsers?: number;
}) => {
  const maxUsers = options.maxUsers ?? 10_000;
  const byUser = new Map<string, Figures>();

  const fresh = (): Figures => ({
    open: perTransport(),
    sent: perTransport(),
    delivered: 0,
    latency: emptyHistogram(options.latencyBuckets),
    processing: emptyHistogram(options.processingBuckets),
    outcomes: { completed: 0, failed: 0, error: 0, retried: 0 },
  });

  const forgetIdle = () => {
    for (const [userId, figures] of byUser) {
      if (byUser.size <= maxUsers) return;
      const open = figures.open.websocket + figures.open.sse + figures.open.long_poll;
      if (open === 0) byUser.delete(userId);
    }
  };

  /** The user's figures, moved to the newest end of the map (Map keeps insertion order). */
  const touch = (userId: string): Figures => {
    const figures = byUser.get(userId) ?? fresh();
    byUser.delete(userId);
    byUser.set(userId, figures);
    if (byUser.size > maxUsers) forgetIdle();
    return figures;
  };

  return {
    opened(userId: string, transport: Transport): void {
      touch(userId).open[transport]++;
    },
    closed(userId: string, transport: Transport): void {
      const figures = byUser.get(userId);
      if (figures && figures.open[transport] > 0) figures.open[transport]--;
    },
    sent(userId: string, transport: Transport, count = 1): void {
      touch(userId).sent[transport] += count;
    },
    delivered(userId: string, latencySeconds: number): void {
      const figures = touch(userId);
      figures.delivered++;
      observe(figures.latency, latencySeconds);
    },
    processed(userId: string, outcome: ProcessingOutcome, seconds: number | null): void {
      const figures = touch(userId);
      figures.outcomes[outcome]++;
      if (seconds !== null) observe(figures.processing, seconds);
    },
    /** A copy of the user's figures; zeros for a user this node has not seen. */
    of(userId: string): UserFigures {
      const figures = byUser.get(userId) ?? fresh();
      return {
        open: { ...figures.open },
        sent: { ...figures.sent },
        delivered: figures.delivered,
        latency: copy(figures.latency),
        processing: copy(figures.processing),
        outcomes: { ...figures.outcomes },
      };
    },
  };
};

export type UserFiguresStore = ReturnType<typeof createUserFigures>;
