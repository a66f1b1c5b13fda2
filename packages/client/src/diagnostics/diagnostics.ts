import type { TransportKind } from '../transports/transport.js';
import { Emitter } from '../util/emitter.js';
import { type LatencySummary, LatencyWindow } from './latency-window.js';

/** One thing that happened to delivery, as the `diagnostic` event carries it. */
export type DiagnosticEvent =
  | { type: 'attempt'; transport: TransportKind; probe: boolean }
  | { type: 'live'; transport: TransportKind; timeToLiveMs: number }
  | { type: 'failure'; transport: TransportKind; reason: string; probe: boolean }
  | { type: 'reconnect'; delayMs: number }
  | { type: 'switch'; from: TransportKind; to: TransportKind }
  | { type: 'event'; transport: TransportKind; seq: number; latencyMs: number }
  | { type: 'duplicate'; transport: TransportKind; seq: number }
  | { type: 'gap'; expected: number; got: number }
  | { type: 'reset'; head: number };

export type TransportStats = {
  attempts: number;
  failures: number;
  lives: number;
  events: number;
  duplicates: number;
};

/** The delivery diagnostics as a plain object (JSON-friendly, nothing live in it). */
export type DeliveryStats = {
  transports: Record<TransportKind, TransportStats>;
  /** Losses after which the connection had to connect again. */
  reconnects: number;
  switches: number;
  gaps: number;
  resets: number;
  /** From the start of connecting (or of a reconnect) to `live` or `fallback`. */
  timeToLive: LatencySummary & { lastMs: number | null };
  /** From the event's commit on the server (`created_at`) to its receipt here; includes clock skew. */
  eventLatency: LatencySummary;
};

const emptyTransport = (): TransportStats => ({
  attempts: 0,
  failures: 0,
  lives: 0,
  events: 0,
  duplicates: 0,
});

/** Counts what delivery does, per transport: the connection-quality analytics the old client lacked. */
export class Diagnostics {
  private readonly emitter = new Emitter<{ diagnostic: DiagnosticEvent }>();
  private readonly transports: Record<TransportKind, TransportStats> = {
    websocket: emptyTransport(),
    sse: emptyTransport(),
    'long-poll': emptyTransport(),
  };
  private readonly toLive = new LatencyWindow(200);
  private readonly latency = new LatencyWindow(1000);
  private lastTimeToLive: number | null = null;
  private counters = { reconnects: 0, switches: 0, gaps: 0, resets: 0 };

  on(listener: (event: DiagnosticEvent) => void): () => void {
    return this.emitter.on('diagnostic', listener);
  }

  record(event: DiagnosticEvent): void {
    switch (event.type) {
      case 'attempt':
        this.transports[event.transport].attempts++;
        break;
      case 'live':
        this.transports[event.transport].lives++;
        this.toLive.add(event.timeToLiveMs);
        this.lastTimeToLive = event.timeToLiveMs;
        break;
      case 'failure':
        this.transports[event.transport].failures++;
        break;
      case 'reconnect':
        this.counters.reconnects++;
        break;
      case 'switch':
        this.counters.switches++;
        break;
      case 'event':
        this.transports[event.transport].events++;
        this.latency.add(event.latencyMs);
        break;
      case 'duplicate':
        this.transports[event.transport].duplicates++;
        break;
      case 'gap':
        this.counters.gaps++;
        break;
      case 'reset':
        this.counters.resets++;
        break;
    }
    this.emitter.emit('diagnostic', event);
  }

  snapshot(): DeliveryStats {
    return {
      transports: {
        websocket: { ...this.transports.websocket },
        sse: { ...this.transports.sse },
        'long-poll': { ...this.transports['long-poll'] },
      },
      ...this.counters,
      timeToLive: { ...this.toLive.summary(), lastMs: this.lastTimeToLive },
      eventLatency: this.latency.summary(),
    };
  }
}
