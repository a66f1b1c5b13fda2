import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCheck } from '../auth/session-check.js';
import { InvalidTokenError, type TokenService } from '../auth/tokens.js';
import { AppError } from '../errors/app-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user, set by `authenticate` on protected routes. */
    userId: string;
    /** The session family of the access token (what logout revokes). */
    sessionId: string;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9\-_.]+)$/;

/**
 * onRequest hook of protected routes: a valid access token in the Authorization header whose session
 * is still alive (not signed out, not revoked, account not deleted), or 401.
 */
export const createAuthenticate =
  (tokens: TokenService, sessions: SessionCheck) =>
  async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization;
    const match = header ? BEARER.exec(header) : null;
    if (!match?.[1])
      throw new AppError('unauthorized', 'Send an access token as "Authorization: Bearer <token>"');
    let claims: Awaited<ReturnType<TokenService['verify']>>;
    try {
      claims = await tokens.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new AppError(
          'unauthorized',
          'The access token is invalid or expired; refresh it or log in again',
        );
      }
      throw error;
    }
    if (!(await sessions.isActive(claims.sessionId)))
      throw new AppError('unauthorized', 'The session of this access token has ended; log in again');
    request.userId = claims.userId;
    request.sessionId = claims.sessionId;
  };
