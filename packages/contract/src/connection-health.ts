import { type Static, Type } from 'typebox';

const PerTransport = Type.Object({
  websocket: Type.Integer({ minimum: 0 }),
  sse: Type.Integer({ minimum: 0 }),
  long_poll: Type.Integer({ minimum: 0 }),
});

/** A latency distribution: cumulative counts per upper bound in seconds; `count` is the +Inf bucket. */
export const LatencyHistogram = Type.Object({
  buckets: Type.Array(Type.Object({ le: Type.Number(), count: Type.Integer({ minimum: 0 }) }), {
    description: 'Ascending upper bounds (seconds), each with how many observations were at most it',
  }),
  count: Type.Integer({ minimum: 0 }),
  sum: Type.Number({ description: 'Seconds, summed over every observation' }),
});
export type LatencyHistogram = Static<typeof LatencyHistogram>;

const Quantiles = Type.Object({
  p50_seconds: Type.Union([Type.Number(), Type.Null()]),
  p99_seconds: Type.Union([Type.Number(), Type.Null()]),
});

/**
 * `GET /api/v1/me/connection-health` (v1.1): what the web app's health page shows. `you` counts only
 * the caller's own connections, events and meals; `server` describes the service level of the node
 * as quantiles alone (no counts, and null until enough observations), so nothing in it tells how
 * many other users there are or what they do. Figures are the answering node's, since it started.
 */
export const ConnectionHealth = Type.Object({
  you: Type.Object({
    open_connections: PerTransport,
    events_sent: PerTransport,
    events_delivered: Type.Integer({ minimum: 0, description: 'Acknowledged over WebSocket' }),
    delivery_latency: LatencyHistogram,
    processing: LatencyHistogram,
    processing_outcomes: Type.Object({
      completed: Type.Integer({ minimum: 0 }),
      failed: Type.Integer({ minimum: 0 }),
      error: Type.Integer({ minimum: 0 }),
      retried: Type.Integer({ minimum: 0 }),
    }),
  }),
  server: Type.Object({
    delivery_latency: Quantiles,
    processing: Quantiles,
  }),
});
export type ConnectionHealth = Static<typeof ConnectionHealth>;
