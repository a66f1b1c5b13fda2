import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppError } from '../errors/app-error.js';

export type RateLimitKey = 'user' | 'ip';

/**
 * Limits the routes of the scope it is registered in: per user on authenticated routes (after the
 * token is checked), per IP on the auth routes.
 */
export const registerRateLimit = async (
  app: FastifyInstance,
  perMinute: number | null,
  key: RateLimitKey,
  /** Shared counters across nodes; without it each node counts on its own. */
  redis: Redis | null,
) => {
  if (perMinute === null) return;
  await app.register(rateLimit, {
    // With Redis unreachable, requests pass rather than fail: the limit is a defence, not a gate.
    ...(redis ? { redis, nameSpace: `fitiq-rate-${key}-`, skipOnError: true } : {}),
    max: perMinute,
    timeWindow: 60_000,
    hook: key === 'user' ? 'preHandler' : 'onRequest',
    keyGenerator: (request: FastifyRequest) =>
      key === 'user' ? `user:${request.userId}` : `ip:${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate_limited',
        `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s`,
        undefined,
        {
          'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
        },
      ),
  });
};
