import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
) => {
  if (perMinute === null) return;
  await app.register(rateLimit, {
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
