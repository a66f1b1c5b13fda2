import type { ConnectionStatus, DayState, DeliveryStats, DiagnosticEvent, FitIQClient } from '@fitiq/client';
import { useCallback, useSyncExternalStore } from 'react';
import { useClient } from './client-context.js';

/** The day the SDK's store shows, live: its snapshot object changes only when something changed. */
export const useDay = (): DayState => {
  const { store } = useClient();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
};

/** The connection's state, as the SDK reports it (a new object on every change). */
export const useConnectionStatus = (): ConnectionStatus => {
  const client = useClient();
  const subscribe = useCallback((listener: () => void) => client.on('state', listener), [client]);
  return useSyncExternalStore(subscribe, () => client.connection.state);
};

type Activity = Readonly<{
  /** Epoch ms of the last data from the server: an event, or catching up on (re)connect. */
  lastUpdate: number | null;
  stats: DeliveryStats;
  recent: ReadonlyArray<Readonly<{ id: number; at: number; event: DiagnosticEvent }>>;
  /** Commit-to-receipt latency of the last events received here. */
  latencies: ReadonlyArray<Readonly<{ at: number; ms: number }>>;
}>;

const RECENT = 30;
const LATENCIES = 60;

/**
 * What the SDK reports about delivery, kept as one immutable snapshot per client (the SDK's
 * `diagnostics.snapshot()` builds a new object on each call, which useSyncExternalStore cannot take).
 */
class ActivityTracker {
  private state: Activity;
  private readonly listeners = new Set<() => void>();
  private ids = 0;

  constructor(client: FitIQClient) {
    this.state = { lastUpdate: null, stats: client.diagnostics.snapshot(), recent: [], latencies: [] };
    client.on('diagnostic', (event) => {
      const at = Date.now();
      const recent = [{ id: ++this.ids, at, event }, ...this.state.recent].slice(0, RECENT);
      const latencies =
        event.type === 'event'
          ? [...this.state.latencies, { at, ms: event.latencyMs }].slice(-LATENCIES)
          : this.state.latencies;
      this.update(client, { recent, latencies });
    });
    client.on('event', () => this.update(client, { lastUpdate: Date.now() }));
    client.on('state', ({ newState }) => {
      if (newState.state === 'live' || newState.state === 'fallback') {
        this.update(client, { lastUpdate: Date.now() });
      }
    });
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Activity => this.state;

  private update(client: FitIQClient, change: Partial<Activity>): void {
    this.state = { ...this.state, stats: client.diagnostics.snapshot(), ...change };
    for (const listener of [...this.listeners]) listener();
  }
}

const trackers = new WeakMap<FitIQClient, ActivityTracker>();

/** Starts tracking a client's activity from its creation (call before `start`). */
export const trackActivity = (client: FitIQClient): void => {
  if (!trackers.has(client)) trackers.set(client, new ActivityTracker(client));
};

export const useActivity = (): Activity => {
  const client = useClient();
  trackActivity(client);
  const tracker = trackers.get(client) as ActivityTracker;
  return useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
};
