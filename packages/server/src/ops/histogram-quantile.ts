import type { Histogram } from 'prom-client';
import type { HistogramFigures } from './user-figures.js';

/**
 * A prom-client histogram's buckets summed over all its label sets (processing has one per outcome),
 * without the +Inf bucket, whose count is `count`.
 */
export const readHistogram = async (histogram: Histogram<string>): Promise<HistogramFigures> => {
  const byBound = new Map<number, number>();
  let count = 0;
  let sum = 0;
  for (const sample of (await histogram.get()).values) {
    const name = sample.metricName ?? '';
    if (name.endsWith('_bucket') && sample.labels.le !== '+Inf') {
      const le = Number(sample.labels.le);
      byBound.set(le, (byBound.get(le) ?? 0) + sample.value);
    } else if (name.endsWith('_count')) count += sample.value;
    else if (name.endsWith('_sum')) sum += sample.value;
  }
  const buckets = [...byBound].sort(([a], [b]) => a - b).map(([le, n]) => ({ le, count: n }));
  return { buckets, count, sum };
};

/**
 * The q-quantile, interpolated inside its bucket as PromQL's histogram_quantile does; null with no
 * observations. Beyond the last finite bound it answers that bound.
 */
export const quantile = (histogram: HistogramFigures, q: number): number | null => {
  if (histogram.count <= 0) return null;
  const rank = q * histogram.count;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const bucket of histogram.buckets) {
    if (bucket.count >= rank) {
      const inBucket = bucket.count - lowerCount;
      if (inBucket <= 0) return bucket.le;
      return lowerBound + (bucket.le - lowerBound) * ((rank - lowerCount) / inBucket);
    }
    lowerBound = bucket.le;
    lowerCount = bucket.count;
  }
  return lowerBound;
};
