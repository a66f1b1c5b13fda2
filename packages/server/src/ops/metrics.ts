import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { createUserFigures } from './user-figures.js';

export type Transport = 'websocket' | 'sse' | 'long_poll';

/**
 * Every metric the server exports, in one registry per server instance (several servers may run in one
 * test process). Latency buckets reach down to a millisecond: delivery here is usually that fast.
 */
export const createMetrics = () => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'fitiq_process_' });
  const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  const processingBuckets = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60];

  return {
    registry,
    /** The same figures per user, for the user's own health page (not exported to Prometheus). */
    users: createUserFigures({ latencyBuckets, processingBuckets }),
    openConnections: new Gauge({
      name: 'fitiq_open_connections',
      help: 'Open realtime connections by transport',
      labelNames: ['transport'] as const,
      registers: [registry],
    }),
    connectionsTotal: new Counter({
      name: 'fitiq_connections_total',
      help: 'Realtime connections accepted (reached ready) by transport',
      labelNames: ['transport'] as const,
      registers: [registry],
    }),
    connectionsRejected: new Counter({
      name: 'fitiq_connections_rejected_total',
      help: 'WebSocket connections closed by the server with an error, by close code',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
    eventsAppended: new Counter({
      name: 'fitiq_events_appended_total',
      help: 'Events appended to user streams',
      labelNames: ['type'] as const,
      registers: [registry],
    }),
    eventsSent: new Counter({
      name: 'fitiq_events_sent_total',
      help: 'Events sent to clients by transport',
      labelNames: ['transport'] as const,
      registers: [registry],
    }),
    eventsDelivered: new Counter({
      name: 'fitiq_events_delivered_total',
      help: 'Events acknowledged by WebSocket clients',
      registers: [registry],
    }),
    deliveryLatency: new Histogram({
      name: 'fitiq_delivery_latency_seconds',
      help: 'Time from an event commit to its acknowledgement by a WebSocket client',
      buckets: latencyBuckets,
      registers: [registry],
    }),
    pollRequests: new Counter({
      name: 'fitiq_poll_requests_total',
      help: 'Long-polling requests by result: events, empty, or gone (the client left before the wait)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    longPollsWaiting: new Gauge({
      name: 'fitiq_long_polls_waiting',
      help: 'Long-polling requests held open, waiting for an event',
      registers: [registry],
    }),
    sseRequests: new Counter({
      name: 'fitiq_sse_requests_total',
      help: 'Server-Sent Events streams opened',
      registers: [registry],
    }),
    processingDuration: new Histogram({
      name: 'fitiq_processing_duration_seconds',
      help: 'Duration of the AI step per attempt, by outcome',
      labelNames: ['outcome'] as const,
      buckets: processingBuckets,
      registers: [registry],
    }),
    processingOutcomes: new Counter({
      name: 'fitiq_processing_outcomes_total',
      help: 'Meal processing outcomes: completed, failed (no food), error (retries exhausted), retried',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    jobRetries: new Counter({
      name: 'fitiq_job_retries_total',
      help: 'Job attempts scheduled again after a temporary failure',
      registers: [registry],
    }),
    jobsStarted: new Counter({
      name: 'fitiq_jobs_started_total',
      help: 'Job attempts started, by how the worker got them: handoff (from a request on this node) or claim (from storage)',
      labelNames: ['source'] as const,
      registers: [registry],
    }),
    leaseRenewals: new Counter({
      name: 'fitiq_job_lease_renewals_total',
      help: 'Job leases extended while their jobs waited or ran',
      registers: [registry],
    }),
    leasesLost: new Counter({
      name: 'fitiq_job_leases_lost_total',
      help: 'Job attempts abandoned because another worker took their lease over, by what noticed: renewal, or the commit of the outcome',
      labelNames: ['noticed_by'] as const,
      registers: [registry],
    }),
    pushesSent: new Counter({
      name: 'fitiq_pushes_sent_total',
      help: 'Web Push messages a push service accepted',
      registers: [registry],
    }),
    pushesFailed: new Counter({
      name: 'fitiq_pushes_failed_total',
      help: 'Web Push attempts that failed, by what followed: retried (429, 5xx, no answer), gave_up (retries ran out), rejected (another 4xx), not_allowed (the endpoint left FITIQ_PUSH_HOSTS)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    pushSubscriptionsRemoved: new Counter({
      name: 'fitiq_push_subscriptions_removed_total',
      help: 'Push subscriptions deleted because their push service answered 404 or 410',
      registers: [registry],
    }),
    ready: new Gauge({
      name: 'fitiq_ready',
      help: 'Whether the node answered /readyz with 200 at this scrape (1) or not (0)',
      registers: [registry],
    }),
    jobQueueDepth: new Gauge({
      name: 'fitiq_job_queue_depth',
      help: 'Jobs queued or running',
      registers: [registry],
    }),
  };
};

export type Metrics = ReturnType<typeof createMetrics>;
