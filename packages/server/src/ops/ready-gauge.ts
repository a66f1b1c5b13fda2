import type { Gauge } from 'prom-client';
import type { Readiness } from './ops-routes.js';

/** Readiness writes to storage to prove it can: a scrape reuses an answer younger than this. */
export const READY_GAUGE_MAX_AGE_MS = 5000;

/**
 * Keeps `fitiq_ready` at what /readyz would answer, for alerts that see only the scrape. Asked at
 * every scrape, it runs the readiness check at most once per `maxAgeMs` (a scraper polling in a
 * tight loop does not turn into a stream of writes), and concurrent scrapes share one check.
 */
export const createReadyGauge = (
  gauge: Gauge,
  readiness: Readiness,
  now: () => number,
  maxAgeMs = READY_GAUGE_MAX_AGE_MS,
) => {
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<void> | null = null;
  const check = async () => {
    gauge.set((await readiness()) === null ? 1 : 0);
    checkedAt = now();
  };
  return {
    async refresh(): Promise<void> {
      if (now() - checkedAt < maxAgeMs) return;
      checking ??= check().finally(() => {
        checking = null;
      });
      await checking;
    },
  };
};
