import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { OriginPolicy } from './origin-policy.js';

/** What a page of an allowed origin may send and read; tokens travel in a header, so no credentials mode. */
const SHARED: FastifyCorsOptions = {
  methods: ['GET', 'HEAD', 'POST', 'DELETE'],
  allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'last-event-id', 'x-request-id'],
  exposedHeaders: ['location', 'retry-after', 'x-request-id'],
  credentials: false,
  maxAge: 600,
};

/**
 * CORS for the API from the origin policy. An allowed origin gets its own origin echoed back; any
 * other gets no CORS headers at all, so the browser keeps the answer from the page (and a preflight
 * from it is answered 404, which the browser treats as a refusal).
 */
export const registerCors = async (app: FastifyInstance, policy: OriginPolicy) => {
  await app.register(cors, {
    delegator: (request, callback) => {
      const { origin } = request.headers;
      const allowed = origin !== undefined && policy.allows(request.headers);
      callback(null, { ...SHARED, origin: allowed ? origin : false });
    },
  });
};
