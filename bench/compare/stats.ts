import { percentile } from '../lib/stats.js';

export type Summary = { count: number; p50: number; p99: number; max: number };

export const summarize = (values: readonly number[]): Summary => ({
  count: values.length,
  p50: percentile(values, 50),
  p99: percentile(values, 99),
  max: values.length === 0 ? Number.NaN : values.reduce((a, b) => Math.max(a, b), -Infinity),
});

/** Median and spread (min..max) of one figure over several runs. */
export type Spread = { median: number; min: number; max: number; runs: number };

export const spread = (values: readonly number[]): Spread => {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  return {
    median: percentile(finite, 50),
    min: Math.min(...finite),
    max: Math.max(...finite),
    runs: finite.length,
  };
};
