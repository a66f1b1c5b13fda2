import { ApiError, type FitIQClient, NetworkError } from '@fitiq/client';
import type { ConnectionHealth } from '@fitiq/contract';
import { useSyncExternalStore } from 'react';
import { type MetricsPoint, readMetricsPoint } from './metrics-point.js';

export type SamplerState = Readonly<{
  points: readonly MetricsPoint[];
  /** The last reading failed with this message (the points so far are kept). */
  error: string | null;
  loading: boolean;
}>;

export const SAMPLE_INTERVAL_MS = 2000;
const KEEP = 90;
export const HEALTH_PATH = '/api/v1/me/connection-health';

const describeFailure = (error: unknown): string => {
  if (error instanceof NetworkError) return 'the server cannot be reached';
  if (error instanceof ApiError) return `the server answered ${error.status}`;
  return String((error as Error).message);
};

/**
 * Reads the signed-in user's connection health every two seconds while someone looks at it, keeping
 * the last three minutes of readings (the history survives leaving the page and coming back). An
 * authenticated API route rather than /metrics: that one may live on a private port
 * (FITIQ_OPS_PORT), and it describes every user at once.
 */
class MetricsSampler {
  private state: SamplerState = { points: [], error: null, loading: true };
  private readonly listeners = new Set<() => void>();
  private timer: number | null = null;
  private inFlight: AbortController | null = null;

  constructor(private readonly client: FitIQClient) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  readonly getSnapshot = (): SamplerState => this.state;

  private start(): void {
    void this.sample();
    this.timer = window.setInterval(() => void this.sample(), SAMPLE_INTERVAL_MS);
  }

  private stop(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.inFlight?.abort();
    this.inFlight = null;
  }

  private async sample(): Promise<void> {
    if (this.inFlight) return;
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const { body } = await this.client.api.http.json<ConnectionHealth>({
        method: 'GET',
        path: HEALTH_PATH,
        signal: controller.signal,
      });
      const point = readMetricsPoint(body, Date.now());
      this.set({ points: [...this.state.points, point].slice(-KEEP), error: null, loading: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.set({ ...this.state, error: describeFailure(error), loading: false });
    } finally {
      if (this.inFlight === controller) this.inFlight = null;
    }
  }

  private set(state: SamplerState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }
}

/** One sampler per client: a user who signs in after another never sees the other's readings. */
const samplers = new WeakMap<FitIQClient, MetricsSampler>();

const samplerFor = (client: FitIQClient): MetricsSampler => {
  let sampler = samplers.get(client);
  if (!sampler) {
    sampler = new MetricsSampler(client);
    samplers.set(client, sampler);
  }
  return sampler;
};

export const useServerMetrics = (client: FitIQClient): SamplerState => {
  const sampler = samplerFor(client);
  return useSyncExternalStore(sampler.subscribe, sampler.getSnapshot);
};
