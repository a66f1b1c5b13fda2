import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidTokenError, type TokenService } from '../auth/tokens.js';
import { AppError } from '../errors/app-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user, set by `authenticate` on protected routes. */
    userId: string;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9\-_.]+)$/;

/** onRequest hook of protected routes: a valid access token in the Authorization header, or 401. */
export const createAuthenticate =
  (tokens: TokenService) =>
  async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization;
    const match = header ? BEARER.exec(header) : null;
    if (!match?.[1])
      throw new AppError('unauthorized', 'Send an access token as "Authorization: Bearer <token>"');
    try {
      request.userId = (await tokens.verify(match[1])).userId;
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new AppError('unauthorized', 'The access token is invalid or expired; log in again');
      }
      throw error;
    }
  };
