import type { ConnectionHealth } from '@fitiq/contract';
import { fromServer, type Histogram } from './histogram.js';

/** The transports the server counts connections and events by. */
export const SERVER_TRANSPORTS = ['websocket', 'sse', 'long_poll'] as const;
export type ServerTransport = (typeof SERVER_TRANSPORTS)[number];

type Quantiles = Readonly<{ p50: number | null; p99: number | null }>;

/** What the health page needs from one reading of GET /api/v1/me/connection-health. */
export type MetricsPoint = Readonly<{
  at: number;
  /** The user's open sockets and streams; long-poll counts the requests held open. */
  open: Readonly<Record<ServerTransport, number>>;
  sent: Readonly<Record<ServerTransport, number>>;
  delivered: number;
  latency: Histogram;
  processing: Histogram;
  outcomes: Readonly<Record<string, number>>;
  /** The whole server's service level, in seconds: null until it has seen enough to say. */
  server: Readonly<{ latency: Quantiles; processing: Quantiles }>;
}>;

export const readMetricsPoint = (health: ConnectionHealth, at: number): MetricsPoint => ({
  at,
  open: health.you.open_connections,
  sent: health.you.events_sent,
  delivered: health.you.events_delivered,
  latency: fromServer(health.you.delivery_latency),
  processing: fromServer(health.you.processing),
  outcomes: health.you.processing_outcomes,
  server: {
    latency: {
      p50: health.server.delivery_latency.p50_seconds,
      p99: health.server.delivery_latency.p99_seconds,
    },
    processing: { p50: health.server.processing.p50_seconds, p99: health.server.processing.p99_seconds },
  },
});
