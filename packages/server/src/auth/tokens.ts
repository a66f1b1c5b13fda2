import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** What an access token proves: who, and within which session family (checked for revocation). */
export type AccessTokenClaims = { userId: string; sessionId: string };

export class InvalidTokenError extends Error {}

export type TokenService = {
  readonly ttlSeconds: number;
  issue(claims: AccessTokenClaims): Promise<string>;
  /** Throws InvalidTokenError for a tampered, expired or malformed token, or one without a session. */
  verify(token: string): Promise<AccessTokenClaims>;
};

const ISSUER = 'fitiq';
const AUDIENCE = 'fitiq-api';

/** Verified tokens remembered, so a client's every request does not pay for an HMAC check again. */
const VERIFIED_CACHE_SIZE = 10_000;

export const createTokenService = (secret: Uint8Array, ttlSeconds: number): TokenService => {
  // Imported once: given the raw bytes, jose imports a new CryptoKey on every sign and verify, which
  // cost more than the HMAC itself (profiled at 1,000 new tokens/s).
  const key = crypto.subtle.importKey(
    'raw',
    new Uint8Array(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  // Awaited by every sign and verify, which report its failure; unawaited until the first of them.
  key.catch(() => {});
  // Keyed by the whole token, signature included: a tampered token is a different key and is verified.
  const verified = new Map<string, AccessTokenClaims & { expiresAtMs: number }>();
  const remember = (token: string, claims: AccessTokenClaims, expiresAtMs: number) => {
    if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value as string);
    verified.set(token, { ...claims, expiresAtMs });
  };
  return {
    ttlSeconds,
    issue: async ({ userId, sessionId }) =>
      new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        // Unique per token: a pair refreshed within the same second must not repeat the last access token.
        .setJti(randomUUID())
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        // Whole seconds, rounded up: `iat + ttl` would give a token issued late in a second up to a
        // second less than its TTL (with a one-second TTL, a token that is dead on arrival).
        .setExpirationTime(Math.ceil(Date.now() / 1000) + ttlSeconds)
        .sign(await key),
    async verify(token) {
      const known = verified.get(token);
      if (known && known.expiresAtMs > Date.now())
        return { userId: known.userId, sessionId: known.sessionId };
      if (known) verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, await key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
        });
        if (typeof payload.sub !== 'string' || payload.sub === '')
          throw new InvalidTokenError('token has no subject');
        // A token without a session could never be revoked: tokens from before sessions existed end here.
        if (typeof payload.sid !== 'string' || payload.sid === '')
          throw new InvalidTokenError('token has no session');
        const claims = { userId: payload.sub, sessionId: payload.sid };
        if (typeof payload.exp === 'number') remember(token, claims, payload.exp * 1000);
        return claims;
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
      }
    },
  };
};
