import type { FastifyInstance } from 'fastify';
import { problem, sendProblem } from '../http/problem.js';
import type { Metrics } from './metrics.js';

export type Readiness = () => Promise<string | null>;

/** Served by every node whatever its roles: liveness, readiness and Prometheus metrics. */
export const registerOpsRoutes = (
  app: FastifyInstance,
  deps: { metrics: Metrics; readiness: Readiness; beforeScrape: () => Promise<void> },
) => {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'Liveness' } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { schema: { tags: ['operations'], summary: 'Readiness: storage reachable and migrated' } },
    async (_request, reply) => {
      const notReady = await deps.readiness();
      if (notReady) return sendProblem(reply, problem('service_unavailable', notReady));
      return { status: 'ready' };
    },
  );

  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics' } },
    async (_request, reply) => {
      await deps.beforeScrape();
      return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    },
  );
};
