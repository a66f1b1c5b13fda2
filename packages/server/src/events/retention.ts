import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';

export type RetentionSettings = { days: number; keepLast: number; pruneEveryMs: number };

const DAY_MS = 86_400_000;

const STREAMS_PER_PAGE = 200;

/**
 * Prunes one round: events older than `days` that are not among each user's last `keepLast`. One
 * small transaction per user rather than one for everyone: a single sweep over a large table would
 * hold the writer (every POST and every completion waits for it) for as long as it takes.
 */
export const pruneOnce = async (
  storage: Storage,
  settings: RetentionSettings,
  clock: Clock,
): Promise<number> => {
  const olderThan = new Date(clock.now() - settings.days * DAY_MS).toISOString();
  let removed = 0;
  let after: string | null = null;
  for (;;) {
    const users = await storage.repos.events.streamsOverKeep(settings.keepLast, after, STREAMS_PER_PAGE);
    for (const userId of users)
      removed += await storage.transaction((tx) =>
        tx.events.pruneStream(userId, olderThan, settings.keepLast),
      );
    if (users.length < STREAMS_PER_PAGE) return removed;
    after = users.at(-1) ?? null;
  }
};

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
