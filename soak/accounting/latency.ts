import type { Receipt } from './events.js';

export type LatencySummary = { count: number; p50: number; p99: number; max: number };

/** Nearest-rank percentile of an ascending array. */
const rank = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

/**
 * Commit (the event's `created_at`) to receipt by the client's listener. It includes every outage the
 * chaos caused, so p99 reads as "how long a fault delays delivery", not as steady-state latency.
 */
export const summarizeLatency = (receipts: readonly Receipt[]): LatencySummary => {
  const sorted = receipts.map((r) => Math.max(0, r.receivedAt - r.createdAt)).sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: rank(sorted, 50),
    p99: rank(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
};
