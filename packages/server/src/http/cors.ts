import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { OriginPolicy } from './origin-policy.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Read by @fastify/cors (untyped there): `false` leaves the route without CORS handling. */
    cors?: false;
  }
}

/**
 * What a page of an allowed origin may send and read; tokens travel in a header, so no credentials mode.
 * Edits need PATCH and If-Match, and the page must read a meal's ETag to send it back.
 */
const SHARED: FastifyCorsOptions = {
  methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
  allowedHeaders: [
    'authorization',
    'content-type',
    'idempotency-key',
    'if-match',
    'last-event-id',
    'x-request-id',
  ],
  exposedHeaders: ['etag', 'location', 'retry-after', 'x-request-id'],
  credentials: false,
  maxAge: 600,
};

/**
 * CORS for the API (`/api/…`) from the origin policy. A listed origin gets its own origin echoed back; any
 * other gets no CORS headers at all, so the browser keeps the answer from the page (and a preflight
 * from it is answered 405 without them, which the browser treats as a refusal).
 */
export const registerCors = async (app: FastifyInstance, policy: OriginPolicy) => {
  // Only the API speaks CORS. The web app's files stay free of `Vary: Origin`, which would make the
  // service worker's cache miss for the module scripts Chromium requests with an Origin header, and
  // so break the app's offline start. `*` is the plugin's own preflight route.
  app.addHook('onRoute', (route) => {
    if (route.url !== '*' && !route.url.startsWith('/api/')) route.config = { ...route.config, cors: false };
  });
  // Options fixed at registration (a per-request delegator had them rebuilt on every request). Only
  // listed origins need CORS headers: a page of the server's own origin makes same-origin requests,
  // which browsers do not check.
  await app.register(cors, {
    ...SHARED,
    origin: (origin, callback) => callback(null, origin !== undefined && policy.lists(origin)),
  });
};
