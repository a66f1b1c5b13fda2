import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';

export type RetentionSettings = { days: number; keepLast: number; pruneEveryMs: number };

const DAY_MS = 86_400_000;

/** Prunes one round: events older than `days` that are not among each user's last `keepLast`. */
export const pruneOnce = (storage: Storage, settings: RetentionSettings, clock: Clock): Promise<number> =>
  storage.transaction((tx) =>
    tx.events.prune(new Date(clock.now() - settings.days * DAY_MS).toISOString(), settings.keepLast),
  );

export const startRetention = (
  storage: Storage,
  settings: RetentionSettings,
  clock: Clock,
  log: FastifyBaseLogger,
) => {
  const timer = setInterval(() => {
    pruneOnce(storage, settings, clock).then(
      (removed) => removed > 0 && log.info({ removed }, 'pruned events past retention'),
      (error) => log.error({ err: error }, 'pruning events failed'),
    );
  }, settings.pruneEveryMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
