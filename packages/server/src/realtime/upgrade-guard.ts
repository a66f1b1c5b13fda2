import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { OriginPolicy } from '../http/origin-policy.js';
import { FULL_RETRY_AFTER_SECONDS } from './connection-limits.js';

export type UpgradeRefusal = { status: 403 | 404 | 503; reason: string; retryAfterSeconds?: number };

const STATUS_TEXT = { 403: 'Forbidden', 404: 'Not Found', 503: 'Service Unavailable' } as const;

export type UpgradeContext = {
  path: string;
  accepting: boolean;
  origins: OriginPolicy;
  /** The node holds as many sockets and SSE streams as it may (see connection-limits.ts). */
  nodeFull: boolean;
};

/**
 * Why an upgrade is refused before the handshake, if it is. Refusing here costs no WebSocket state
 * and gives the client a plain HTTP status it can act on: 403 for a page of a foreign origin (a
 * cross-site page must not ride the user's connection), 503 with Retry-After when the node is full
 * or shutting down.
 */
export const checkUpgrade = (request: IncomingMessage, context: UpgradeContext): UpgradeRefusal | null => {
  if ((request.url ?? '').split('?')[0] !== context.path) return { status: 404, reason: 'no such endpoint' };
  if (!context.accepting) return { status: 503, reason: 'shutting down', retryAfterSeconds: 1 };
  if (!context.origins.allows(request.headers)) return { status: 403, reason: 'origin not allowed' };
  if (context.nodeFull) {
    return { status: 503, reason: 'too many sockets', retryAfterSeconds: FULL_RETRY_AFTER_SECONDS };
  }
  return null;
};

export const refuseUpgrade = (socket: Duplex, refusal: UpgradeRefusal): void => {
  const retryAfter =
    refusal.retryAfterSeconds === undefined ? '' : `retry-after: ${refusal.retryAfterSeconds}\r\n`;
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_TEXT[refusal.status]}\r\nconnection: close\r\n${retryAfter}` +
      `content-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(refusal.reason)}\r\n\r\n${refusal.reason}`,
  );
};
