import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { listenFailure } from '../errors/startup-error.js';
import { errorHandler, problem, sendProblem } from '../http/problem.js';
import { type OpsDeps, registerOpsRoutes } from './ops-routes.js';

export type OpsListener = { url: string; close(): Promise<void> };

/**
 * The second listener FITIQ_OPS_PORT asks for: /metrics, /healthz and /readyz, and nothing else, so
 * an operator can keep the figures of the whole node off the public port and scrape them privately.
 * Nothing of the API is registered here, so no route of it can answer on this port by mistake.
 */
export const startOpsListener = async (
  options: { host: string; port: number; log: FastifyBaseLogger },
  deps: OpsDeps,
): Promise<OpsListener> => {
  const app = Fastify({ loggerInstance: options.log.child({ listener: 'ops' }) });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    return sendProblem(reply, problem('not_found', `No route for ${request.method} ${path} on the ops port`));
  });
  registerOpsRoutes(app, deps);
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    throw listenFailure(error, options.host, options.port);
  }
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}`, close: () => app.close() };
};
