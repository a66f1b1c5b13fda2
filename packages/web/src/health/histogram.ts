import type { LatencyHistogram } from '@fitiq/contract';

/** A latency histogram: cumulative bucket counts by upper bound, ascending, ending with +Inf. */
export type Histogram = Readonly<{
  buckets: ReadonlyArray<Readonly<{ le: number; count: number }>>;
  count: number;
  sum: number;
}>;

export const EMPTY_HISTOGRAM: Histogram = { buckets: [], count: 0, sum: 0 };

/** The server's finite buckets, closed with the +Inf bucket its `count` stands for. */
export const fromServer = (histogram: LatencyHistogram): Histogram => ({
  buckets: [...histogram.buckets, { le: Number.POSITIVE_INFINITY, count: histogram.count }],
  count: histogram.count,
  sum: histogram.sum,
});

/** What was observed between two readings of the same histogram (a counter reset starts over). */
export const histogramDelta = (before: Histogram, after: Histogram): Histogram => {
  if (after.count < before.count) return after;
  const earlier = new Map(before.buckets.map((b) => [b.le, b.count]));
  return {
    buckets: after.buckets.map((b) => ({ le: b.le, count: b.count - (earlier.get(b.le) ?? 0) })),
    count: after.count - before.count,
    sum: after.sum - before.sum,
  };
};

/**
 * The q-quantile, interpolated linearly inside its bucket as PromQL's histogram_quantile does; null
 * with no observations. A quantile in the +Inf bucket answers the highest finite bound.
 */
export const quantile = (histogram: Histogram, q: number): number | null => {
  const { buckets, count } = histogram;
  if (count <= 0 || buckets.length === 0) return null;
  const rank = q * count;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const bucket of buckets) {
    if (bucket.count >= rank) {
      if (!Number.isFinite(bucket.le)) return lowerBound;
      const inBucket = bucket.count - lowerCount;
      if (inBucket <= 0) return bucket.le;
      return lowerBound + (bucket.le - lowerBound) * ((rank - lowerCount) / inBucket);
    }
    lowerBound = bucket.le;
    lowerCount = bucket.count;
  }
  return lowerBound;
};
