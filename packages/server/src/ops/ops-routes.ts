import type { FastifyInstance } from 'fastify';
import { problem, sendProblem } from '../http/problem.js';
import type { Metrics } from './metrics.js';

export type Readiness = () => Promise<string | null>;

export type OpsDeps = { metrics: Metrics; readiness: Readiness; beforeScrape: () => Promise<void> };

/** Liveness and readiness: on the main port always, and on the ops listener when there is one. */
export const registerHealthRoutes = (app: FastifyInstance, readiness: Readiness) => {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'Liveness' } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { schema: { tags: ['operations'], summary: 'Readiness: storage reachable and migrated' } },
    async (_request, reply) => {
      const notReady = await readiness();
      if (notReady) return sendProblem(reply, problem('service_unavailable', notReady));
      return { status: 'ready' };
    },
  );
};

/** Prometheus metrics: on the main port, unless FITIQ_OPS_PORT moves them to the ops listener. */
export const registerMetricsRoute = (app: FastifyInstance, deps: Omit<OpsDeps, 'readiness'>) => {
  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics' } },
    async (_request, reply) => {
      await deps.beforeScrape();
      return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    },
  );
};

/** Served by every node whatever its roles: liveness, readiness and Prometheus metrics. */
export const registerOpsRoutes = (app: FastifyInstance, deps: OpsDeps) => {
  registerHealthRoutes(app, deps.readiness);
  registerMetricsRoute(app, deps);
};
