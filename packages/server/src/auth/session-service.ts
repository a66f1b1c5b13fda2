import { randomUUID } from 'node:crypto';
import { AppError } from '../errors/app-error.js';
import type { Clock } from '../ops/clock.js';
import type { Repositories, Storage } from '../storage/storage.js';
import { newRefreshToken, parseRefreshToken, secretMatches } from './refresh-token.js';
import type { Revocations } from './revocations.js';

/** A session's identity and its current refresh token, as handed to the client once. */
export type IssuedSession = { userId: string; sessionId: string; refreshToken: string };

type RefreshOutcome =
  | { kind: 'rotated'; session: IssuedSession }
  | { kind: 'refused' }
  | { kind: 'reused'; userId: string; sessionId: string };

const refused = () =>
  new AppError('unauthorized', 'The refresh token is invalid, expired or revoked; log in again');

/**
 * Session families and their rotating refresh tokens. Each refresh token works once: using it
 * rotates it, and using it again means two parties hold it (one stole it), so the whole family is
 * revoked and both must log in again.
 */
export const createSessionService = (deps: {
  storage: Storage;
  clock: Clock;
  revocations: Revocations;
  refreshTtlSeconds: number;
}) => {
  const { storage, clock, revocations, refreshTtlSeconds } = deps;
  const expiry = () => new Date(clock.now() + refreshTtlSeconds * 1000).toISOString();

  const issueToken = async (tx: Repositories, familyId: string, expiresAt: string): Promise<string> => {
    const fresh = newRefreshToken();
    await tx.sessions.insertToken({
      id: fresh.selector,
      familyId,
      secretHash: fresh.secretHash,
      createdAt: clock.nowIso(),
      expiresAt,
      rotatedAt: null,
    });
    return fresh.token;
  };

  const revoke = async (sessionId: string): Promise<void> => {
    const userId = await storage.transaction((tx) => tx.sessions.revokeFamily(sessionId, clock.nowIso()));
    if (userId) revocations.publish({ userId, sessionId });
  };

  return {
    refreshTtlSeconds,

    /** A new family for a login or registration, inside the caller's transaction. */
    async start(tx: Repositories, userId: string): Promise<IssuedSession> {
      const sessionId = randomUUID();
      const expiresAt = expiry();
      await tx.sessions.insertFamily({
        id: sessionId,
        userId,
        createdAt: clock.nowIso(),
        expiresAt,
        revokedAt: null,
      });
      return { userId, sessionId, refreshToken: await issueToken(tx, sessionId, expiresAt) };
    },

    /** Exchanges a refresh token for the next one; refuses an unknown, expired, revoked or reused one. */
    async refresh(presented: string): Promise<IssuedSession> {
      const parsed = parseRefreshToken(presented);
      if (!parsed) throw refused();
      const outcome = await storage.transaction(async (tx): Promise<RefreshOutcome> => {
        const found = await tx.sessions.findToken(parsed.selector);
        if (!found || !secretMatches(parsed.secret, found.secretHash)) return { kind: 'refused' };
        const now = clock.nowIso();
        if (found.family.revokedAt !== null || found.expiresAt <= now) return { kind: 'refused' };
        const { userId } = found.family;
        // Already used (or used by a concurrent request a moment ago): theft is the safe reading.
        if (found.rotatedAt !== null || !(await tx.sessions.markRotated(found.id, now))) {
          await tx.sessions.revokeFamily(found.familyId, now);
          return { kind: 'reused', userId, sessionId: found.familyId };
        }
        const expiresAt = expiry();
        await tx.sessions.extendFamily(found.familyId, expiresAt);
        const refreshToken = await issueToken(tx, found.familyId, expiresAt);
        return { kind: 'rotated', session: { userId, sessionId: found.familyId, refreshToken } };
      });
      if (outcome.kind === 'rotated') return outcome.session;
      // The revocation is committed before the refusal is answered: a thief's retry finds it revoked.
      if (outcome.kind === 'reused')
        revocations.publish({ userId: outcome.userId, sessionId: outcome.sessionId });
      throw refused();
    },

    revoke,
  };
};

export type SessionService = ReturnType<typeof createSessionService>;
