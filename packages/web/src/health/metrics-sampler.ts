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

/**
 * Reads the server's /metrics every two seconds while someone looks at them, keeping the last three
 * minutes of readings (the history survives leaving the page and coming back).
 */
class MetricsSampler {
  private state: SamplerState = { points: [], error: null, loading: true };
  private readonly listeners = new Set<() => void>();
  private timer: number | null = null;
  private inFlight: AbortController | null = null;

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
      const response = await fetch('/metrics', { cache: 'no-store', signal: controller.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const point = readMetricsPoint(await response.text(), Date.now());
      this.set({ points: [...this.state.points, point].slice(-KEEP), error: null, loading: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      const message =
        error instanceof TypeError ? 'the server cannot be reached' : String((error as Error).message);
      this.set({ ...this.state, error: message, loading: false });
    } finally {
      if (this.inFlight === controller) this.inFlight = null;
    }
  }

  private set(state: SamplerState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }
}

const sampler = new MetricsSampler();

export const useServerMetrics = (): SamplerState =>
  useSyncExternalStore(sampler.subscribe, sampler.getSnapshot);
