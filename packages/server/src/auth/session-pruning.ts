import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';

/** Drops session families whose refresh tokens all expired, with those tokens, every `everyMs`. */
export const startSessionPruning = (
  storage: Storage,
  everyMs: number,
  clock: Clock,
  log: FastifyBaseLogger,
) => {
  const timer = setInterval(() => {
    storage
      .transaction((tx) => tx.sessions.pruneExpired(clock.nowIso()))
      .then(
        (removed) => removed > 0 && log.info({ removed }, 'pruned expired sessions'),
        (error) => log.error({ err: error }, 'pruning sessions failed'),
      );
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
