import type { Storage } from '../storage/storage.js';
import { type Revocations, revokes } from './revocations.js';

/** Beyond this many remembered sessions the oldest are forgotten (and read again when next seen). */
const CACHE_SIZE = 50_000;

export type SessionCheck = {
  /** Whether the session family exists and is not revoked. */
  isActive(sessionId: string): Promise<boolean>;
  /** The active ones among these sessions, in one read that refreshes what is remembered. */
  activeAmong(sessionIds: readonly string[]): Promise<Set<string>>;
};

/**
 * Is the session of an access token still alive? One primary-key read, remembered for `cacheMs`.
 * That is the bound on revocation: a session revoked on this node is forgotten here at once; on
 * another node it is honoured within `cacheMs` (storage is the only thing the nodes share for it).
 * With a cache of 0 every request reads. Only active sessions are remembered: a revoked one is never
 * served from memory.
 */
export const createSessionCheck = (
  storage: Storage,
  revocations: Revocations,
  cacheMs: number,
): SessionCheck => {
  const active = new Map<string, { userId: string; checkedAtMs: number }>();
  const inFlight = new Map<string, Promise<boolean>>();
  // A read that started before a revocation here may have seen the session alive: it must not be
  // remembered, or the revoked session would live on in memory for `cacheMs`.
  let generation = 0;

  const remember = (sessionId: string, userId: string, now: number) => {
    active.delete(sessionId);
    if (active.size >= CACHE_SIZE) active.delete(active.keys().next().value as string);
    active.set(sessionId, { userId, checkedAtMs: now });
  };

  revocations.on((revocation) => {
    generation++;
    for (const [sessionId, entry] of active)
      if (revokes(revocation, entry.userId, sessionId)) active.delete(sessionId);
  });

  const read = async (sessionId: string): Promise<boolean> => {
    const now = Date.now();
    const before = generation;
    const [found] = await storage.repos.sessions.activeAmong([sessionId]);
    if (!found) {
      active.delete(sessionId);
      return false;
    }
    if (cacheMs > 0 && before === generation) remember(sessionId, found.userId, now);
    return true;
  };

  return {
    isActive(sessionId) {
      const known = active.get(sessionId);
      if (known && Date.now() - known.checkedAtMs < cacheMs) return Promise.resolve(true);
      // Concurrent requests of one client share one read.
      let pending = inFlight.get(sessionId);
      if (!pending) {
        pending = read(sessionId).finally(() => inFlight.delete(sessionId));
        inFlight.set(sessionId, pending);
      }
      return pending;
    },

    async activeAmong(sessionIds) {
      const now = Date.now();
      const before = generation;
      const found = await storage.repos.sessions.activeAmong(sessionIds);
      const alive = new Set(found.map((f) => f.id));
      for (const id of sessionIds) if (!alive.has(id)) active.delete(id);
      if (cacheMs > 0 && before === generation) for (const { id, userId } of found) remember(id, userId, now);
      return alive;
    },
  };
};
