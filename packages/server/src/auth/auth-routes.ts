import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Credentials, RefreshRequest, Session, User } from '@fitiq/contract';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BEARER_SECURITY, problemResponses } from '../http/schemas.js';
import type { AuthService } from './auth-service.js';

/** Routes without an access token: register, login, refresh (rate-limited per IP). */
export const registerAuthRoutes = (app: FastifyInstance, auth: AuthService) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    '/api/v1/auth/register',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account and get an access token and a refresh token',
        body: Credentials,
        response: { 201: Session, ...problemResponses(400, 409, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await auth.register(request.body)),
  );
  api.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange email and password for an access token and a refresh token',
        body: Credentials,
        response: { 200: Session, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => auth.login(request.body),
  );
  api.post(
    '/api/v1/auth/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new access token and a new refresh token',
        description:
          'Each refresh token works once. Presenting one that was already exchanged revokes its whole session (every token descending from that login) and answers 401.',
        body: RefreshRequest,
        response: { 200: Session, ...problemResponses(400, 401, 429) },
      },
    },
    async (request) => auth.refresh(request.body.refresh_token),
  );
};

/** Routes of the signed-in user about their session. */
export const registerSessionRoutes = (app: FastifyInstance, auth: AuthService) => {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The authenticated user',
        security: BEARER_SECURITY,
        response: { 200: User, ...problemResponses(401) },
      },
    },
    async (request) => auth.me(request.userId),
  );
  api.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: "Sign out: revoke the caller's session (its refresh tokens and access tokens)",
        security: BEARER_SECURITY,
        response: { 204: Type.Null({ description: 'Signed out' }), ...problemResponses(401, 429) },
      },
    },
    async (request, reply) => {
      await auth.logout(request.sessionId);
      return reply.code(204).send(null);
    },
  );
};
