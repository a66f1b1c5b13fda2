import { type Histogram, readHistogram } from './histogram.js';
import { byLabel, parsePrometheus, total } from './prometheus.js';

/** The server transports as /metrics labels them. */
export const SERVER_TRANSPORTS = ['websocket', 'sse', 'long_poll'] as const;
export type ServerTransport = (typeof SERVER_TRANSPORTS)[number];

/** What the health page needs from one reading of /metrics. */
export type MetricsPoint = Readonly<{
  at: number;
  /** Open sockets and streams; long-poll counts the requests held open. */
  open: Readonly<Record<ServerTransport, number>>;
  sent: Readonly<Record<ServerTransport, number>>;
  delivered: number;
  appended: number;
  latency: Histogram;
  processing: Histogram;
  outcomes: Readonly<Record<string, number>>;
  rejected: number;
  queueDepth: number;
}>;

const perTransport = (values: Record<string, number>): Record<ServerTransport, number> => ({
  websocket: values.websocket ?? 0,
  sse: values.sse ?? 0,
  long_poll: values.long_poll ?? 0,
});

export const readMetricsPoint = (text: string, at: number): MetricsPoint => {
  const samples = parsePrometheus(text);
  return {
    at,
    open: perTransport({
      ...byLabel(samples, 'fitiq_open_connections', 'transport'),
      long_poll: total(samples, 'fitiq_long_polls_waiting'),
    }),
    sent: perTransport(byLabel(samples, 'fitiq_events_sent_total', 'transport')),
    delivered: total(samples, 'fitiq_events_delivered_total'),
    appended: total(samples, 'fitiq_events_appended_total'),
    latency: readHistogram(samples, 'fitiq_delivery_latency_seconds'),
    processing: readHistogram(samples, 'fitiq_processing_duration_seconds'),
    outcomes: byLabel(samples, 'fitiq_processing_outcomes_total', 'outcome'),
    rejected: total(samples, 'fitiq_connections_rejected_total'),
    queueDepth: total(samples, 'fitiq_job_queue_depth'),
  };
};
