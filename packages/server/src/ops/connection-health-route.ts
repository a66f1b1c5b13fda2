import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ConnectionHealth } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import { quantile, readHistogram } from './histogram-quantile.js';
import type { Metrics } from './metrics.js';
import type { UserFigures } from './user-figures.js';

/**
 * Server-wide quantiles stay null below this many observations: with fewer, one other user's meal
 * or delivery could be read off them.
 */
export const MIN_OBSERVATIONS_FOR_QUANTILES = 20;

const serverQuantiles = async (histogram: Parameters<typeof readHistogram>[0]) => {
  const figures = await readHistogram(histogram);
  const enough = figures.count >= MIN_OBSERVATIONS_FOR_QUANTILES;
  return {
    p50_seconds: enough ? quantile(figures, 0.5) : null,
    p99_seconds: enough ? quantile(figures, 0.99) : null,
  };
};

const yours = (figures: UserFigures): ConnectionHealth['you'] => ({
  open_connections: figures.open,
  events_sent: figures.sent,
  events_delivered: figures.delivered,
  delivery_latency: figures.latency,
  processing: figures.processing,
  processing_outcomes: figures.outcomes,
});

/**
 * What the web app's health page reads (it cannot rely on /metrics, which FITIQ_OPS_PORT moves to a
 * private listener, and which describes every user at once).
 */
export const registerConnectionHealthRoute = (app: FastifyInstance, metrics: Metrics) => {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/me/connection-health',
    {
      schema: {
        tags: ['operations'],
        summary: "Your own connections and deliveries on this node, and the server's service level",
        security: BEARER_SECURITY,
        response: { 200: ConnectionHealth, ...problemResponses(401, 429) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return {
        you: yours(metrics.users.of(request.userId)),
        server: {
          delivery_latency: await serverQuantiles(metrics.deliveryLatency),
          processing: await serverQuantiles(metrics.processingDuration),
        },
      };
    },
  );
};
