import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import type { Config } from '../config.js';

/** Fastify's `trustProxy`; a hop count becomes the function proxy-addr would make of it. */
export const trustProxyOption = (
  trust: Config['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) =>
  typeof trust === 'number' ? (_address, hop) => hop < trust : trust;

/**
 * Node http server limits against slowloris-style clients, which hold a connection by sending a
 * request (or reading the answer) a byte at a time:
 * - headers must arrive within `headersMs`, the whole request (body included) within `requestMs`;
 *   a late one is answered 408 and closed;
 * - a keep-alive connection with no request is closed after `keepAliveMs` (longer than the usual
 *   60 s idle timeout of load balancers, so the balancer, not this server, closes first);
 * - a socket with no traffic either way for `idleMs` is destroyed. It must outlast a long-poll's
 *   30 s wait; SSE and WebSocket heartbeats keep live streams busy well within it.
 */
export const serverTimeoutOptions = (timeouts: Config['timeouts']): FastifyHttpOptions<Server> => ({
  connectionTimeout: timeouts.idleMs,
  keepAliveTimeout: timeouts.keepAliveMs,
  requestTimeout: timeouts.requestMs,
  http: {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    // Node checks the two request timeouts on this interval (30 s by default), which would let a
    // slow client overstay a short header timeout by that much.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(timeouts.headersMs / 4))),
  },
});
