import { jwtVerify, SignJWT } from 'jose';

export type AccessTokenClaims = { userId: string };

export class InvalidTokenError extends Error {}

export type TokenService = {
  readonly ttlSeconds: number;
  issue(userId: string): Promise<string>;
  /** Throws InvalidTokenError for a tampered, expired or malformed token. */
  verify(token: string): Promise<AccessTokenClaims>;
};

const ISSUER = 'fitiq';
const AUDIENCE = 'fitiq-api';

export const createTokenService = (secret: Uint8Array, ttlSeconds: number): TokenService => ({
  ttlSeconds,
  issue: (userId) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(secret),
  async verify(token) {
    try {
      const { payload } = await jwtVerify(token, secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload.sub !== 'string' || payload.sub === '')
        throw new InvalidTokenError('token has no subject');
      return { userId: payload.sub };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
  },
});
